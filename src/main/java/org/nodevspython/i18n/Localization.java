package org.nodevspython.i18n;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.nodevspython.rules.Problems;
import org.nodevspython.rules.Rule;
import org.nodevspython.yaml.YamlMap;
import org.nodevspython.yaml.YamlSource;

/**
 * The languages of the site and its interface strings, both read from one data file
 * ({@code data/i18n.yaml}) where each string has its languages side by side: a string
 * missing in one language is an error, and no UI text lives in a template.
 * The first language listed is the source language, served at the site root.
 */
public final class Localization {

    private static final Pattern CODE = Pattern.compile("[a-z]{2}(-[A-Z]{2})?");
    private static final Pattern FOLDER = Pattern.compile("|[a-z]{2}(-[a-z]{2})?");

    private final List<Language> languages;
    private final Map<String, Map<String, String>> strings;

    public Localization(List<Language> languages, Map<String, Map<String, String>> strings) {
        this.languages = List.copyOf(languages);
        this.strings = strings;
    }

    public List<Language> languages() {
        return languages;
    }

    public Language source() {
        return languages.get(0);
    }

    public Optional<Language> language(String code) {
        return languages.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    public List<String> codes() {
        return languages.stream().map(Language::code).toList();
    }

    /** The interface strings of one language, by name. */
    public Map<String, String> strings(String code) {
        return strings.getOrDefault(code, Map.of());
    }

    public static Optional<Localization> load(Path file, Problems problems) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.report(Rule.STRINGS_UNREADABLE, file, 0, 0, e.getMessage());
            return Optional.empty();
        }
        Optional<YamlMap> root = YamlSource.mapping(text, file, 0, problems);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        long before = problems.errorCount();
        root.get().allowOnly(List.of("languages", "strings"), "data/i18n.yaml");
        List<Language> languages = new ArrayList<>();
        for (YamlMap item : root.get().listOfMaps("languages", "list the site's languages, the source language first")) {
            item.allowOnly(List.of("code", "name", "folder", "quotes", "book"), "a language");
            Optional<String> code = item.matching("code", CODE, true, "write a language code such as pt-BR or en");
            Optional<String> name = item.requireString("name", "give the language's own name, e.g. English");
            String folder = item.has("folder") ? item.matching("folder", FOLDER, false, "write a short lowercase folder such as en").orElse("")
                    : "";
            Optional<String> quotes = item.requireString("quotes", "write four quote characters: double open, double close, single open, single close");
            if (quotes.isPresent() && quotes.get().codePointCount(0, quotes.get().length()) != 4) {
                item.reportAt("quotes", Rule.QUOTES_NOT_FOUR);
                quotes = Optional.empty();
            }
            Optional<String> book = item.matching("book", Pattern.compile("[a-z0-9-]+"), true,
                    "name the single-page book of this language, e.g. 'book' for book.html and book.pdf");
            if (code.isPresent() && name.isPresent() && quotes.isPresent() && book.isPresent()) {
                languages.add(new Language(code.get(), name.get(), folder, quotes.get(), book.get()));
            }
        }
        if (languages.size() < 2 || !languages.get(0).folder().isEmpty()) {
            problems.report(Rule.TOO_FEW_LANGUAGES, file, root.get().lineOf("languages"), 0);
        }
        Map<String, Map<String, String>> strings = new TreeMap<>();
        for (Language language : languages) {
            strings.put(language.code(), new LinkedHashMap<>());
        }
        root.get().map("strings", true, "add the interface strings, each with every language").ifPresent(all -> {
            for (String name : all.keys()) {
                all.map(name, true, "give the string in every language: 'pt-BR: ...' and 'en: ...'").ifPresent(byLanguage -> {
                    byLanguage.allowOnly(languages.stream().map(Language::code).toList(), "the string '" + name + "'");
                    for (Language language : languages) {
                        if (!byLanguage.has(language.code())) {
                            all.reportAt(name, Rule.STRING_MISSING_LANGUAGE, name, language.code());
                        } else {
                            byLanguage.plainText(language.code(), false, "write the text").ifPresent(s -> strings.get(language.code()).put(name, s));
                        }
                    }
                });
            }
        });
        if (problems.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new Localization(languages, strings));
    }
}
