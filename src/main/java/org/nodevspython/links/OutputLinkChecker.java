package org.nodevspython.links;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.nodevspython.problems.Problems;
import org.nodevspython.render.RenderedPages;

/**
 * Checks the generated site itself: every relative {@code href} and {@code src} of every HTML
 * file names a file of the site, and every {@code #fragment} an id of that file. The Markdown
 * links were checked at their source lines already; what this catches is a template mistake.
 */
public final class OutputLinkChecker {

    private final Path siteDir;
    private final Problems problems;
    private final Map<Path, Set<String>> ids = new HashMap<>();
    private final Set<Path> notMade = new HashSet<>();
    private final RenderedPages rendered;
    private Set<Path> files = Set.of();

    public OutputLinkChecker(Path siteDir, Problems problems, RenderedPages rendered) {
        this.siteDir = siteDir;
        this.problems = problems;
        this.rendered = rendered;
    }

    /** Files that this bake chose not to make (the PDFs in the preview): links to them are not errors. */
    public OutputLinkChecker notMade(java.util.Collection<String> paths) {
        paths.forEach(p -> notMade.add(siteDir.resolve(p).normalize()));
        return this;
    }

    /** @param templateFolder where the templates are, named in messages since they wrote the links */
    public void check(Path templateFolder) {
        // one walk of the site answers every "does this file exist" (thousands of links per page on a big site)
        try (Stream<Path> walk = Files.walk(siteDir)) {
            files = walk.filter(Files::isRegularFile).map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> pages = files.stream().filter(p -> p.toString().endsWith(".html")).sorted().toList();
        for (Path page : pages) {
            Document html = rendered.get(page);
            for (Element element : html.select("[href], [src]")) {
                String attribute = element.hasAttr("href") ? "href" : "src";
                String url = element.attr(attribute);
                if (element.tagName().equals("link") && !"stylesheet".equals(element.attr("rel")) && !"icon".equals(element.attr("rel"))) {
                    continue; // canonical and alternate links are absolute by design
                }
                check(page, url, templateFolder);
            }
        }
    }

    private void check(Path page, String url, Path templateFolder) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            report(page, url, "is not a valid address", templateFolder);
            return;
        }
        if (uri.getScheme() != null || url.startsWith("//")) {
            return;
        }
        if (url.startsWith("/")) {
            report(page, url, "is absolute and breaks under a base path and from file://", templateFolder);
            return;
        }
        Path target = uri.getPath() == null || uri.getPath().isEmpty() ? page
                : page.getParent().resolve(uri.getPath()).toAbsolutePath().normalize();
        if (!files.contains(target) && Files.isDirectory(target)) {
            report(page, url, "names a folder, which does not open from file://; name its index.html", templateFolder);
            return;
        }
        if (notMade.contains(target)) {
            return;
        }
        if (!target.startsWith(siteDir.toAbsolutePath().normalize()) || !files.contains(target)) {
            report(page, url, "names a file that is not in the site", templateFolder);
            return;
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html") && !idsOf(target).contains(fragment)) {
            report(page, url, "names the id '#" + fragment + "', which " + siteDir.relativize(target) + " does not have", templateFolder);
        }
    }

    private Set<String> idsOf(Path file) {
        return ids.computeIfAbsent(file, f -> {
            Set<String> found = new HashSet<>();
            rendered.get(f).select("[id]").forEach(e -> found.add(e.id()));
            return found;
        });
    }

    private void report(Path page, String url, String what, Path templateFolder) {
        problems.error(templateFolder, 0, 0, "the generated page " + siteDir.relativize(page).toString().replace('\\', '/')
                + " links to '" + url + "', which " + what, "fix the link in the template that writes it");
    }
}
