package org.nodevspython.site;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nodevspython.site.BakedSite.assertNoFailures;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.nodevspython.site.BakedSite.Target;

/**
 * The site works from file:// and from any base path: every link between its files is
 * relative and lands on an existing file and, for a #fragment, on an existing id.
 */
class LinksIT {

    /** The attributes that hold a URL. */
    private static final List<String> URL_ATTRIBUTES = List.of("href", "xlink:href", "src", "poster", "data", "action", "formaction", "cite");

    private final BakedSite site = BakedSite.get();

    @Test
    void everyInternalLinkResolvesToAFileAndFragment() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String page : site.pages()) {
            for (Element element : site.doc(page).getAllElements()) {
                for (String attribute : URL_ATTRIBUTES) {
                    if (!element.hasAttr(attribute) || !isUrlAttribute(element, attribute)) {
                        continue;
                    }
                    String value = element.attr(attribute).trim();
                    if (value.isEmpty() || BakedSite.isAbsolute(value) || value.startsWith("/")) {
                        continue; // reported by the other tests
                    }
                    checked++;
                    String where = page + ": <" + element.tagName() + " " + attribute + "=\"" + value + "\">";
                    Optional<Target> target = site.resolve(page, value);
                    if (target.isEmpty()) {
                        failures.add(where + " leaves the site root");
                        continue;
                    }
                    String path = target.get().path();
                    if (!Files.isRegularFile(site.root().resolve(path))) {
                        failures.add(where + " -> " + path + ": no such file in the site");
                        continue;
                    }
                    String fragment = target.get().fragment();
                    if (fragment == null) {
                        continue;
                    }
                    if (fragment.isEmpty()) {
                        continue; // "#" is the top of the page
                    }
                    if (!path.endsWith(".html")) {
                        failures.add(where + ": fragment on a non-HTML file " + path);
                    } else if (site.doc(path).getElementById(fragment) == null) {
                        failures.add(where + " -> " + path + ": no element with id=\"" + fragment + "\"");
                    }
                }
            }
        }
        assertTrue(checked > 0, "no relative link found at all in " + site.root());
        assertNoFailures("broken internal links", failures);
    }

    @Test
    void noLinkStartsWithASlash() {
        List<String> failures = new ArrayList<>();
        for (String page : site.pages()) {
            for (Element element : site.doc(page).getAllElements()) {
                for (String attribute : URL_ATTRIBUTES) {
                    if (element.hasAttr(attribute) && isUrlAttribute(element, attribute) && element.attr(attribute).trim().startsWith("/")) {
                        failures.add(page + ": <" + element.tagName() + " " + attribute + "=\"" + element.attr(attribute)
                                + "\"> starts with '/' and breaks from file:// and under a base path");
                    }
                }
            }
        }
        assertNoFailures("root-relative links", failures);
    }

    /**
     * Only {@code <link rel=canonical|alternate>} and links to other sites ({@code <a href>} to
     * http(s) elsewhere) may be absolute; everything else (stylesheets, scripts, images, links
     * to pages of this site) must be relative, or a {@code data:} URI, which is in the page itself. The one exception: a noindex ("not found") page,
     * served for missing addresses at any depth, links to the site absolutely; those links must
     * still land on existing files and ids.
     */
    @Test
    void linksAreRelativeExceptCanonicalAlternateAndExternal() {
        List<String> failures = new ArrayList<>();
        for (String page : site.pages()) {
            for (Element element : site.doc(page).getAllElements()) {
                for (String attribute : URL_ATTRIBUTES) {
                    if (!element.hasAttr(attribute) || !isUrlAttribute(element, attribute)) {
                        continue;
                    }
                    String value = element.attr(attribute).trim();
                    String where = page + ": <" + element.tagName() + " " + attribute + "=\"" + value + "\">";
                    if (value.isEmpty()) {
                        failures.add(where + ": empty URL");
                        continue;
                    }
                    if (!BakedSite.isAbsolute(value)) {
                        continue;
                    }
                    if (value.regionMatches(true, 0, "data:", 0, 5)) {
                        continue; // inside the page itself (the books' icon): no request, works offline
                    }
                    boolean http = value.startsWith("http://") || value.startsWith("https://");
                    if (isCanonicalOrAlternate(element) && attribute.equals("href")) {
                        if (!http) {
                            failures.add(where + ": canonical/alternate link is not http(s)");
                        } else if (site.pageOfUrl(value).map(p -> !Files.isRegularFile(site.root().resolve(p))).orElse(true)) {
                            failures.add(where + ": canonical/alternate URL is not a file of this site under " + site.host());
                        }
                        continue;
                    }
                    if (site.isOwnAbsoluteUrl(value)) {
                        if (site.isListed(page)) {
                            failures.add(where + ": absolute link to this site; it must be relative to work from file://");
                        } else {
                            // a noindex ("not found") page is served at any depth, so it links absolutely; the target must exist
                            checkOwnUrl(page, where, value, failures);
                        }
                    } else if (!http) {
                        failures.add(where + ": not a relative link nor an external http(s) one");
                    } else if (!isExternalLinkElement(element, attribute)) {
                        failures.add(where + ": an external " + attribute + " on <" + element.tagName()
                                + ">; only <a href> may point to another site (the page must work offline)");
                    }
                }
            }
        }
        assertNoFailures("links that must be relative", failures);
    }

    private void checkOwnUrl(String page, String where, String value, List<String> failures) {
        Optional<Target> target = site.resolveOnSite(page, value);
        if (target.isEmpty() || !Files.isRegularFile(site.root().resolve(target.get().path()))) {
            failures.add(where + ": no such file in the site");
            return;
        }
        String fragment = target.get().fragment();
        if (fragment != null && !fragment.isEmpty() && target.get().path().endsWith(".html")
                && site.doc(target.get().path()).getElementById(fragment) == null) {
            failures.add(where + " -> " + target.get().path() + ": no element with id=\"" + fragment + "\"");
        }
    }

    private static boolean isCanonicalOrAlternate(Element element) {
        if (!element.tagName().equals("link")) {
            return false;
        }
        Set<String> rels = Set.of(element.attr("rel").toLowerCase().trim().split("\\s+"));
        return rels.contains("canonical") || rels.contains("alternate");
    }

    private static boolean isExternalLinkElement(Element element, String attribute) {
        return attribute.equals("href") && (element.tagName().equals("a") || element.tagName().equals("area"));
    }

    /** {@code cite} is a URL on blockquote/q/del/ins only; {@code data} on object only. */
    private static boolean isUrlAttribute(Element element, String attribute) {
        return switch (attribute) {
            case "cite" -> Set.of("blockquote", "q", "del", "ins").contains(element.tagName());
            case "data" -> element.tagName().equals("object");
            default -> true;
        };
    }
}
