package org.nodevspython.refs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.nodevspython.policy.ContentPolicy;
import org.nodevspython.rules.Problems;
import org.nodevspython.rules.Rule;
import org.nodevspython.yaml.YamlMap;
import org.nodevspython.yaml.YamlSource;

/**
 * The reference list ({@code data/references.yaml}): one file for every language, so a
 * citation has the same number everywhere. Every required field is checked at its line.
 */
public final class References {

    private static final ContentPolicy POLICY = new ContentPolicy();

    public static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");
    private static final Pattern URL = Pattern.compile("https?://[^\\s\"<>]+");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}(-[A-Z]{2})?");
    private static final List<String> FIELDS =
            List.of("key", "title", "author", "publisher", "date", "url", "language", "in_source", "page", "note");

    private final Path file;
    private final Map<String, Reference> byKey;
    private final java.util.Set<String> declared = new java.util.HashSet<>();
    /** The line and column of each entry's {@code page:} value, for messages about it. */
    private final Map<String, int[]> pagePositions = new LinkedHashMap<>();

    public References(Path file, List<Reference> references) {
        this(file, references, java.util.Set.of());
    }

    /** @param declared keys of entries that exist but could not be used (their mistakes are reported) */
    public References(Path file, List<Reference> references, java.util.Set<String> declared) {
        this.file = file;
        this.declared.addAll(declared);
        this.byKey = new LinkedHashMap<>();
        references.forEach(r -> byKey.put(r.key(), r));
    }

    public Path file() {
        return file;
    }

    public Optional<Reference> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** Whether an entry with this key exists, even one too broken to use: citing it is not a second mistake. */
    public boolean declares(String key) {
        return byKey.containsKey(key) || declared.contains(key);
    }

    public List<Reference> all() {
        return List.copyOf(byKey.values());
    }

    public List<String> keys() {
        return List.copyOf(byKey.keySet());
    }

    /** Every reference that names a page of the site ({@code page:}) names one of {@code pageKeys}. */
    public void checkPages(java.util.Set<String> pageKeys, Problems problems) {
        for (Reference reference : byKey.values()) {
            if (reference.page() != null && !pageKeys.contains(reference.page())) {
                int[] at = pagePositions.getOrDefault(reference.key(), new int[] {reference.line(), 0});
                problems.report(Rule.REFERENCE_PAGE_UNKNOWN, file, at[0], at[1], reference.key(), reference.page());
            }
        }
    }

    public static References load(Path file, List<String> siteLanguages, Problems problems) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.report(Rule.REFERENCES_UNREADABLE, file, 0, 0, e.getMessage());
            return new References(file, List.of());
        }
        List<Reference> references = new ArrayList<>();
        Optional<YamlMap> root = YamlSource.mapping(text, file, 0, problems);
        if (root.isEmpty()) {
            return new References(file, references);
        }
        root.get().allowOnly(List.of("references"), "data/references.yaml");
        Map<String, Integer> seen = new LinkedHashMap<>();
        java.util.Set<String> declared = new java.util.HashSet<>();
        Map<String, int[]> pages = new LinkedHashMap<>();
        for (YamlMap entry : root.get().listOfMaps("references", "list the references as '- key: ...' items")) {
            entry.allowOnly(FIELDS, "a reference");
            Optional<String> key = entry.matching("key", KEY, true, "use lowercase letters, digits and hyphens, e.g. netflix-techblog");
            Optional<String> title = entry.plainText("title", true, "give the work's own title");
            Optional<String> author = entry.plainText("author", false, "name the author(s), or leave the key out");
            Optional<String> publisher = entry.plainText("publisher", true, "name the site, organisation or journal that published it");
            Optional<String> date = entry.matching("date", DATE, false, "write the date as \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\", in quotes");
            Optional<String> url = entry.requireString("url", "give the full address, starting with https://").filter(address -> {
                // the same rules as a page's links, and a full web address: no address the pages could not carry
                if (POLICY.address(address, false).isPresent() || !URL.matcher(address).matches()) {
                    entry.reportAt("url", Rule.DATA_ADDRESS, address);
                    return false;
                }
                return true;
            });
            Optional<String> language = entry.matching("language", LANGUAGE, true, "give the language of the source, e.g. en or pt-BR");
            boolean inSource = entry.bool("in_source", "write true or false").orElse(false);
            Optional<String> page = entry.matching("page", KEY, false, "give the key of a page of this site");
            if (page.isPresent() && key.isPresent()) {
                pages.put(key.get(), new int[] {entry.valueLineOf("page"), entry.valueColumnOf("page")});
            }
            Map<String, String> notes = new LinkedHashMap<>();
            entry.map("note", false, "give one short sentence per language").ifPresent(note -> {
                note.allowOnly(siteLanguages, "a reference note");
                for (String code : siteLanguages) {
                    if (!note.has(code)) {
                        entry.reportAt("note", Rule.REFERENCE_NOTE_MISSING_LANGUAGE, code);
                    } else {
                        note.plainText(code, false, "write the note").ifPresent(s -> notes.put(code, s));
                    }
                }
            });
            if (key.isPresent() && seen.containsKey(key.get())) {
                entry.reportAt("key", Rule.REFERENCE_KEY_REPEATED, key.get(), seen.get(key.get()));
                continue;
            }
            key.ifPresent(k -> seen.put(k, entry.lineOf("key")));
            key.ifPresent(declared::add);
            if (key.isPresent() && title.isPresent() && publisher.isPresent() && url.isPresent() && language.isPresent()) {
                references.add(new Reference(references.size() + 1, key.get(), title.get(), author.orElse(null),
                        publisher.get(), date.orElse(null), url.get(), language.get(), inSource, notes, page.orElse(null), entry.line()));
            }
        }
        References loaded = new References(file, references, declared);
        loaded.pagePositions.putAll(pages);
        return loaded;
    }
}
