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

    /** A {@code #fragment} link into an HTML file of the site, checked once every file's ids are known. */
    private record FragmentLink(Path page, String url, Path target, String fragment, boolean repeating) {
    }

    /** A part of an HTML file written again in place (a chapter of a book): its markup before, and after. */
    public record Replaced(String before, String after) {
    }

    private final Path siteDir;
    private final Problems problems;
    /** The ids of each HTML file, each with the number of elements that have it. */
    private final Map<Path, Map<String, Integer>> ids;
    /** The fragment links written in each page; those of a repeated block under the folder and block, once. */
    private final Map<Object, List<FragmentLink>> fragmentLinks;
    private final Map<Path, Map<String, Resolved>> resolved;
    private final Set<Path> notMade;
    private Set<Path> files = Set.of();
    private Path templateFolder;
    private List<String> repeated = List.of();
    private boolean repeating;
    private final Map<String, Map<String, Integer>> repeatedIds;
    private final Set<String> repeatedChecked;

    public OutputLinkChecker(Path siteDir, Problems problems) {
        this.siteDir = siteDir.toAbsolutePath().normalize();
        this.problems = problems;
        this.ids = new HashMap<>();
        this.fragmentLinks = new HashMap<>();
        this.resolved = new HashMap<>();
        this.notMade = new HashSet<>();
        this.repeatedIds = new java.util.concurrent.ConcurrentHashMap<>();
        this.repeatedChecked = new HashSet<>();
    }

    /** What {@code previous} learnt of the site, for checking again only what changed ({@link #checkAgain}). */
    private OutputLinkChecker(OutputLinkChecker previous, Problems problems) {
        this.siteDir = previous.siteDir;
        this.problems = problems;
        this.ids = new HashMap<>(previous.ids);
        this.fragmentLinks = new HashMap<>(previous.fragmentLinks);
        // where an address leads depends only on the files of the site, which are the same: shared, not copied
        this.resolved = previous.resolved;
        this.notMade = new HashSet<>(previous.notMade);
        this.files = previous.files;
        this.templateFolder = previous.templateFolder;
        this.repeatedIds = new java.util.concurrent.ConcurrentHashMap<>(previous.repeatedIds);
        this.repeatedChecked = new HashSet<>(previous.repeatedChecked);
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

    /** @param templateFolder where the templates are, named in messages since they wrote the links */
    public void check(Path templateFolder) {
        this.templateFolder = templateFolder;
        files = listFiles();
        readPages(files.stream().filter(p -> p.toString().endsWith(".html")).sorted().toList());
        fragmentLinks.values().forEach(links -> links.forEach(this::checkFragment));
    }

    /**
     * Checks the site again after some of its HTML files were written again, each other file being as this
     * checker last saw it, and the site holding the same files (the incremental preview): the files written again
     * are read, and the links into them checked against their ids now; what the other files link to otherwise is
     * as it was. Returns the checker that knows the site as it is now; this one is left as it was.
     *
     * @param repeated the repeated blocks of this bake's templates (see {@link #repeated})
     */
    public OutputLinkChecker checkAgain(Problems problems, Collection<String> repeated, Collection<Path> rewritten) {
        return checkAgain(problems, repeated, rewritten, Map.of());
    }

    /**
     * {@link #checkAgain(Problems, Collection, Collection)}, where some files were also changed only in parts
     * (the chapters of a book spliced in): of those, only the parts are read, before and after.
     *
     * @param replaced the parts replaced in files (by path in the site) that are not among {@code rewritten}
     */
    public OutputLinkChecker checkAgain(Problems problems, Collection<String> repeated, Collection<Path> rewritten,
                                        Map<Path, List<Replaced>> replaced) {
        OutputLinkChecker again = new OutputLinkChecker(this, problems).repeated(repeated);
        Set<Path> pages = new java.util.TreeSet<>();
        rewritten.stream().map(this::inSite).filter(files::contains).filter(p -> p.toString().endsWith(".html")).forEach(pages::add);
        Set<Path> changed = new HashSet<>(pages);
        List<FragmentLink> added = new ArrayList<>();
        for (Map.Entry<Path, List<Replaced>> parts : new java.util.TreeMap<>(replaced).entrySet()) {
            Path page = inSite(parts.getKey());
            if (!files.contains(page) || pages.contains(page)) {
                continue;
            }
            if (!again.replace(page, parts.getValue(), added)) {
                pages.add(page); // not readable in parts: read whole
            }
            changed.add(page);
        }
        for (Path page : pages) {
            again.ids.remove(page);
            again.fragmentLinks.remove(page);
        }
        again.readPages(pages);
        // every link was right before: a link of a file not read again can only be wrong now if it names an id that
        // is gone from its target; the links read again are all checked
        Map<Path, Set<String>> lost = new HashMap<>();
        for (Path page : changed) {
            Map<String, Integer> now = again.ids.getOrDefault(page, Map.of());
            Set<String> gone = new HashSet<>();
            ids.getOrDefault(page, Map.of()).keySet().stream().filter(id -> !now.containsKey(id)).forEach(gone::add);
            if (!gone.isEmpty()) {
                lost.put(page, gone);
            }
        }
        for (Map.Entry<Object, List<FragmentLink>> links : again.fragmentLinks.entrySet()) {
            boolean readAgain = links.getKey() instanceof Path page && pages.contains(page);
            for (FragmentLink link : links.getValue()) {
                if (readAgain || lost.getOrDefault(link.target(), Set.of()).contains(link.fragment())) {
                    again.checkFragment(link);
                }
            }
        }
        added.forEach(again::checkFragment);
        return again;
    }

    private Path inSite(Path path) {
        return siteDir.resolve(path).toAbsolutePath().normalize();
    }

    /**
     * Takes out the ids and the links of each part as it was, and puts in those of the part as it is now (checking
     * its links); false, with nothing changed, when a part cannot be read on its own like that (it holds a
     * repeated block, or what it held is not what this checker knows of the file).
     */
    private boolean replace(Path page, List<Replaced> parts, List<FragmentLink> added) {
        Map<String, Integer> pageIds = new HashMap<>(ids.getOrDefault(page, Map.of()));
        List<FragmentLink> links = fragmentLinks.getOrDefault(page, List.of());
        Map<String, Integer> gone = new HashMap<>();
        List<Document> after = new ArrayList<>();
        for (Replaced part : parts) {
            String before = part.before().replace(CURRENT, "");
            String now = part.after().replace(CURRENT, "");
            if (repeated.stream().anyMatch(block -> before.contains(block) || now.contains(block))) {
                return false;
            }
            Document old = Jsoup.parseBodyFragment(before);
            for (Map.Entry<String, Integer> id : idsOf(old).entrySet()) {
                int left = pageIds.getOrDefault(id.getKey(), 0) - id.getValue();
                if (left < 0) {
                    return false;
                }
                if (left == 0) {
                    pageIds.remove(id.getKey());
                } else {
                    pageIds.put(id.getKey(), left);
                }
            }
            for (String url : urls(old)) {
                Resolved where = resolved.computeIfAbsent(page.getParent(), d -> new HashMap<>()).computeIfAbsent(url, u -> resolve(page, u));
                if (where.fragment() != null) {
                    gone.merge(url, 1, Integer::sum);
                }
            }
            after.add(Jsoup.parseBodyFragment(now));
        }
        // the links of the parts as they were: one of the file's links with each of their addresses, each time
        List<FragmentLink> kept = new ArrayList<>(links.size());
        for (FragmentLink link : links) {
            Integer left = gone.get(link.url());
            if (left == null) {
                kept.add(link);
            } else if (left == 1) {
                gone.remove(link.url());
            } else {
                gone.put(link.url(), left - 1);
            }
        }
        if (!gone.isEmpty()) {
            return false;
        }
        List<FragmentLink> fresh = new ArrayList<>();
        for (Document html : after) {
            idsOf(html).forEach((id, n) -> pageIds.merge(id, n, Integer::sum));
            for (String url : urls(html)) {
                check(page, url, fresh);
            }
        }
        kept.addAll(fresh);
        added.addAll(fresh);
        ids.put(page, pageIds);
        fragmentLinks.put(page, kept);
        return true;
    }

    private Set<Path> listFiles() {
        // one walk of the site answers every "does this file exist"
        try (Stream<Path> walk = Files.walk(siteDir)) {
            return walk.filter(Files::isRegularFile).map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One page as read: its ids, the addresses it links to, and the repeated blocks cut out of it. */
    private record Scan(Path page, Map<String, Integer> ids, List<String> urls, List<String> blocks) {
    }

    /**
     * Reads pages: their ids, and their links, checked but for their fragments (checked once every page is read).
     * Reading and parsing is the work, and each page is its own: on every core; the links are then checked in the
     * pages' order, as if read one by one.
     */
    private void readPages(Collection<Path> pages) {
        pages.parallelStream().map(this::scan).toList().forEach(this::record);
    }

    private Scan scan(Path page) {
        Map<String, Integer> pageIds = new HashMap<>();
        List<String> blocks = new ArrayList<>();
        String text = read(page).replace(CURRENT, "");
        for (String block : repeated) {
            if (text.contains(block)) {
                text = text.replace(block, "");
                blocks.add(block);
                repeatedIds.computeIfAbsent(block, b -> idsOf(Jsoup.parseBodyFragment(b))).forEach((id, n) -> pageIds.merge(id, n, Integer::sum));
            }
        }
        Document html = Jsoup.parse(text);
        idsOf(html).forEach((id, n) -> pageIds.merge(id, n, Integer::sum));
        return new Scan(page, pageIds, urls(html), blocks);
    }

    private void record(Scan scan) {
        Path page = scan.page();
        ids.put(page, scan.ids());
        for (String block : scan.blocks()) {
            String key = page.getParent() + "\0" + block;
            if (repeatedChecked.add(key)) {
                repeating = true;
                checkLinks(page, urls(Jsoup.parseBodyFragment(block)), key);
                repeating = false;
            }
        }
        checkLinks(page, scan.urls(), page);
    }

    private void checkLinks(Path page, List<String> urls, Object owner) {
        List<FragmentLink> found = new ArrayList<>();
        for (String url : urls) {
            check(page, url, found);
        }
        if (!found.isEmpty()) {
            fragmentLinks.put(owner, found);
        }
    }

    /** The addresses a document links to, that a check reads (canonical and alternate links are absolute by design). */
    private static List<String> urls(Document html) {
        List<String> urls = new ArrayList<>();
        for (Element element : html.select("[href], [src]")) {
            if (element.tagName().equals("link") && !"stylesheet".equals(element.attr("rel")) && !"icon".equals(element.attr("rel"))) {
                continue;
            }
            urls.add(element.hasAttr("href") ? element.attr("href") : element.attr("src"));
        }
        return urls;
    }

    private static Map<String, Integer> idsOf(Document html) {
        Map<String, Integer> found = new HashMap<>();
        html.select("[id]").forEach(e -> found.merge(e.id(), 1, Integer::sum));
        return found;
    }

    private void check(Path page, String url, List<FragmentLink> found) {
        Resolved where = resolved.computeIfAbsent(page.getParent(), d -> new HashMap<>())
                .computeIfAbsent(url, u -> resolve(page, u));
        if (where.problem() != null) {
            report(page, url, where.problem(), repeating);
        } else if (where.fragment() != null) {
            Path target = where.target() == null ? page : where.target();
            // a link of a repeated block to a page read already is reported as the block's, as it always was
            found.add(new FragmentLink(page, url, target, where.fragment(), repeating && ids.containsKey(target)));
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

    private void checkFragment(FragmentLink link) {
        if (!ids.getOrDefault(link.target(), Map.of()).containsKey(link.fragment())) {
            report(link.page(), link.url(), "names the id '#" + link.fragment() + "', which " + siteDir.relativize(link.target())
                    + " does not have", link.repeating());
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

    private void report(Path page, String url, String what, boolean repeated) {
        problems.report(Rule.OUTPUT_LINK_BROKEN, templateFolder, 0, 0, siteDir.relativize(page).toString().replace('\\', '/'),
                repeated ? " (and every page of its folder: the link is in a block they all repeat)" : "", url, what);
    }
}
