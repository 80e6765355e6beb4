package org.nodevspython.links;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.nodevspython.rules.Problems;
import org.nodevspython.rules.Rule;

/**
 * Checks the generated site itself: every relative {@code href} and {@code src} of every HTML
 * file names a file of the site, and every {@code #fragment} an id of that file. The Markdown
 * links were checked at their source lines already; what this catches is a template mistake.
 * Pages are read and parsed on every core, and only their ids and link addresses are kept; an
 * address is resolved once per folder (the navigation repeats the same addresses on every page of a
 * language).
 */
public final class OutputLinkChecker {

    /** Where a link leads: a file of the site and a fragment, or what is wrong with it. */
    private record Resolved(Path target, String fragment, String problem) {
    }

    private final Path siteDir;
    private final Problems problems;
    private final Map<Path, Set<String>> ids = new HashMap<>();
    private final Map<Path, Map<String, Resolved>> resolved = new HashMap<>();
    private final Set<Path> notMade = new HashSet<>();
    private Set<Path> files = Set.of();
    private Path templateFolder;
    private List<String> repeated = List.of();
    private boolean repeating;
    private final Map<String, Set<String>> repeatedIds = new java.util.concurrent.ConcurrentHashMap<>();
    private final Set<String> repeatedChecked = new HashSet<>();

    public OutputLinkChecker(Path siteDir, Problems problems) {
        this.siteDir = siteDir.toAbsolutePath().normalize();
        this.problems = problems;
    }

    /** Files that this bake chose not to make (the PDFs in the preview): links to them are not errors. */
    public OutputLinkChecker notMade(Collection<String> paths) {
        paths.forEach(p -> notMade.add(siteDir.resolve(p).normalize()));
        return this;
    }

    /**
     * Blocks of markup repeated on many pages (the navigation, rendered once per language): in each
     * folder they are checked once, and cut out of the pages before these are read, since on a big site
     * they are most of every page's bytes.
     */
    public OutputLinkChecker repeated(Collection<String> blocks) {
        this.repeated = blocks.stream().filter(b -> !b.isBlank()).sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        return this;
    }

    /** One page read: its ids and the addresses it links to, besides the repeated blocks it holds. */
    private record Scan(Path page, Set<String> ids, List<String> links, List<String> blocks) {
    }

    /** @param templateFolder where the templates are, named in messages since they wrote the links */
    public void check(Path templateFolder) {
        this.templateFolder = templateFolder;
        // one walk of the site answers every "does this file exist"
        try (Stream<Path> walk = Files.walk(siteDir)) {
            files = walk.filter(Files::isRegularFile).map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> pages = files.stream().filter(p -> p.toString().endsWith(".html")).sorted().toList();
        // reading and parsing is the work, and each page is its own: on every core; then every id is known, and
        // the links are checked in page order, each address resolved once per folder
        List<Scan> scans = pages.parallelStream().map(this::scan).toList();
        for (Scan scan : scans) {
            ids.put(scan.page(), scan.ids());
        }
        for (Scan scan : scans) {
            for (String block : scan.blocks()) {
                if (repeatedChecked.add(scan.page().getParent() + "\0" + block)) {
                    repeating = true;
                    linksOf(Jsoup.parseBodyFragment(block)).forEach(url -> check(scan.page(), url));
                    repeating = false;
                }
            }
            scan.links().forEach(url -> check(scan.page(), url));
        }
    }

    private Scan scan(Path page) {
        Set<String> pageIds = new HashSet<>();
        List<String> blocks = new ArrayList<>();
        String text = read(page).replace(CURRENT, "");
        for (String block : repeated) {
            if (text.contains(block)) {
                text = text.replace(block, "");
                blocks.add(block);
                pageIds.addAll(repeatedIds.computeIfAbsent(block, b -> idsOf(Jsoup.parseBodyFragment(b))));
            }
        }
        Document html = Jsoup.parse(text);
        pageIds.addAll(idsOf(html));
        return new Scan(page, pageIds, linksOf(html), blocks);
    }

    private static List<String> linksOf(Document html) {
        List<String> links = new ArrayList<>();
        for (Element element : html.select("[href], [src]")) {
            if (element.tagName().equals("link") && !"stylesheet".equals(element.attr("rel")) && !"icon".equals(element.attr("rel"))) {
                continue; // canonical and alternate links are absolute by design
            }
            links.add(element.hasAttr("href") ? element.attr("href") : element.attr("src"));
        }
        return links;
    }

    private static Set<String> idsOf(Document html) {
        Set<String> found = new HashSet<>();
        html.select("[id]").forEach(e -> found.add(e.id()));
        return found;
    }

    private void check(Path page, String url) {
        Resolved where = resolved.computeIfAbsent(page.getParent(), d -> new HashMap<>())
                .computeIfAbsent(url, u -> resolve(page, u));
        if (where.problem() != null) {
            report(page, url, where.problem());
        } else if (where.fragment() != null) {
            checkFragment(page, url, where.target() == null ? page : where.target(), where.fragment());
        }
    }

    /** Resolves an address written in a page of this folder; the page itself only for "#id" addresses. */
    private Resolved resolve(Path page, String url) {
        String from = siteDir.relativize(page).toString().replace('\\', '/');
        Address address = Address.resolve(from, url);
        String fragment = address.id();
        switch (address.kind()) {
            case INVALID -> {
                return new Resolved(null, null, "is not a valid address");
            }
            case EXTERNAL -> {
                return new Resolved(null, null, null);
            }
            case ROOT_RELATIVE -> {
                return new Resolved(null, null, "is absolute and breaks under a base path and from file://");
            }
            case SAME_FILE -> {
                return new Resolved(null, fragment, null);
            }
            default -> {
                Path target = siteDir.resolve(address.path()).normalize();
                if (notMade.contains(target)) {
                    return new Resolved(null, null, null);
                }
                if (!files.contains(target) && Files.isDirectory(target)) {
                    return new Resolved(null, null, "names a folder, which does not open from file://; name its index.html");
                }
                if (address.kind() == Address.Kind.OUTSIDE || !files.contains(target)) {
                    return new Resolved(null, null, "names a file that is not in the site");
                }
                return new Resolved(target, target.toString().endsWith(".html") ? fragment : null, null);
            }
        }
    }

    private void checkFragment(Path page, String url, Path target, String fragment) {
        if (!ids.getOrDefault(target, Set.of()).contains(fragment)) {
            report(page, url, "names the id '#" + fragment + "', which " + siteDir.relativize(target) + " does not have");
        }
    }

    /** What {@code <@cached current=...>} adds to a repeated block on each page; ignored when comparing. */
    private static final String CURRENT = " aria-current=\"page\"";

    private static String read(Path file) {
        try {
            return Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void report(Path page, String url, String what) {
        problems.report(Rule.OUTPUT_LINK_BROKEN, templateFolder, 0, 0, siteDir.relativize(page).toString().replace('\\', '/'),
                repeating ? " (and every page of its folder: the link is in a block they all repeat)" : "", url, what);
    }
}
