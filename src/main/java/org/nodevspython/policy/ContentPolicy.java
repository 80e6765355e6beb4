package org.nodevspython.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.nodevspython.rules.Rule;

/**
 * What a page's content may put into the HTML: the one allow-list of the site, for the HTML that
 * Markdown makes (attribute syntax included) and for raw HTML alike. Every element, attribute,
 * class and address is checked against it; anything else is refused (not stripped), so the
 * contributor learns what was wrong. The lists are jsoup's {@link Safelist}, so jsoup's
 * {@link Cleaner} can confirm, once every check passed, that nothing outside them is left.
 */
public final class ContentPolicy {

    /** The attributes every allowed element may have. */
    static final List<String> GLOBAL_ATTRIBUTES = List.of("id", "class", "title", "lang", "dir");

    /** The elements Markdown makes here, and a few inline ones raw HTML may add, each with its own attributes. */
    static final Map<String, List<String>> ELEMENTS = new LinkedHashMap<>();

    static {
        for (String tag : List.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "li", "pre", "code", "em", "strong",
                "hr", "br", "table", "thead", "tbody", "tr", "sup", "sub", "span", "div", "kbd", "abbr", "cite", "q", "small", "del",
                "ins", "s", "dl", "dt", "dd")) {
            ELEMENTS.put(tag, List.of());
        }
        ELEMENTS.put("a", List.of("href", "hreflang", "aria-label"));
        ELEMENTS.put("img", List.of("src", "alt", "width", "height"));
        ELEMENTS.put("ol", List.of("start"));
        ELEMENTS.put("th", List.of("align", "colspan", "rowspan", "scope"));
        ELEMENTS.put("td", List.of("align", "colspan", "rowspan"));
    }

    /** The classes the site's renderer gives content, and so the only ones content may use. */
    static final List<String> CLASSES = List.of("anchor", "cite", "footnote-ref", "footnote-backref", "footnotes", "table");
    /** flexmark's class of a fenced code block: {@code language-} and the block's info word. */
    private static final Pattern LANGUAGE_CLASS = Pattern.compile("language-[a-z0-9+#-]+");

    /** The schemes a link may have; an image is always a file of the site. */
    static final List<String> LINK_SCHEMES = List.of("http", "https", "mailto");
    /** Schemes whose addresses run code where a reader follows or loads them. */
    private static final Set<String> CODE_SCHEMES = Set.of("javascript", "vbscript", "data", "blob", "filesystem");
    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*");

    /** What the policy refuses in one element: the rule, and the arguments of its message. */
    public record Refusal(Rule rule, Element element, String attribute, Object... args) {
    }

    private final Safelist safelist = new Safelist();

    public ContentPolicy() {
        ELEMENTS.forEach((tag, attributes) -> {
            safelist.addTags(tag);
            if (!attributes.isEmpty()) {
                safelist.addAttributes(tag, attributes.toArray(String[]::new));
            }
        });
        safelist.addAttributes(":all", GLOBAL_ATTRIBUTES.toArray(String[]::new));
        safelist.preserveRelativeLinks(true);
    }

    /**
     * Checks every element below {@code root} (not {@code root} itself), in document order.
     *
     * @param ignored attributes the build itself put there and removes afterwards (the source positions)
     */
    public List<Refusal> check(Element root, Set<String> ignored) {
        List<Refusal> refusals = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            if (element != root) {
                check(element, ignored, refusals);
            }
        }
        return refusals;
    }

    private void check(Element element, Set<String> ignored, List<Refusal> refusals) {
        String tag = element.normalName();
        if (!safelist.isSafeTag(tag)) {
            refusals.add(new Refusal(Rule.UNSAFE_ELEMENT, element, null, tag, String.join(", ", elements())));
            return;
        }
        for (Attribute attribute : element.attributes()) {
            String name = attribute.getKey().toLowerCase(Locale.ROOT);
            if (ignored.contains(name)) {
                continue;
            }
            if (name.startsWith("on")) {
                refusals.add(new Refusal(Rule.UNSAFE_ATTRIBUTE, element, name, name));
            } else if (!safelist.isSafeAttribute(tag, element, attribute)) {
                refusals.add(new Refusal(Rule.ATTRIBUTE_NOT_ALLOWED, element, name, name, tag, String.join(", ", allowed(tag))));
            } else if (name.equals("class")) {
                for (String token : attribute.getValue().trim().split("\\s+")) {
                    if (!token.isEmpty() && !CLASSES.contains(token) && !LANGUAGE_CLASS.matcher(token).matches()) {
                        refusals.add(new Refusal(Rule.CLASS_NOT_ALLOWED, element, name, token, String.join(", ", CLASSES) + ", language-…"));
                    }
                }
            } else if (name.equals("href") || name.equals("src")) {
                address(attribute.getValue(), name.equals("src")).ifPresent(refusal ->
                        refusals.add(new Refusal(refusal.rule(), element, name, refusal.args())));
            }
        }
    }

    /** An HTML tag, comment or character reference: what a data file's plain text may not hold. */
    private static final Pattern MARKUP = Pattern.compile("<[A-Za-z!/?][^>]{0,30}>?|&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);");

    /**
     * The markup in a text of a data file, if any: templates print such texts escaped, so a tag or a character
     * reference would show as written, or, printed raw by a template one day, become markup nobody checked.
     */
    public static Optional<String> markupIn(String text) {
        java.util.regex.Matcher markup = MARKUP.matcher(text);
        return markup.find() ? Optional.of(markup.group()) : Optional.empty();
    }

    /** The elements content may have, for messages and the README. */
    public static List<String> elements() {
        return List.copyOf(ELEMENTS.keySet());
    }

    /** The attributes an element may have: its own, then those of every element. */
    static List<String> allowed(String tag) {
        Set<String> names = new TreeSet<>(ELEMENTS.getOrDefault(tag, List.of()));
        names.addAll(GLOBAL_ATTRIBUTES);
        return List.copyOf(names);
    }

    /**
     * Whether an address may be written in a page: a link is relative, a {@code #fragment}, or has one of
     * {@link #LINK_SCHEMES}; an image is relative (a file of the site: the site loads nothing from another host).
     * The address is read the way a browser reads it, tabs and line breaks dropped and control characters
     * trimmed, so no spelling of a scheme slips through; anything before a first colon that is not one of the
     * allowed schemes is refused, however it is written.
     *
     * @return the refusal (its element not set), or empty when the address is allowed
     */
    public Optional<Refusal> address(String written, boolean image) {
        String url = asBrowsersRead(written);
        int colon = url.indexOf(':');
        int end = firstOf(url, "/?#");
        boolean hasScheme = colon >= 0 && (end < 0 || colon < end);
        if (!hasScheme) {
            if (image && url.startsWith("//")) {
                return Optional.of(new Refusal(Rule.IMAGE_NOT_IN_SITE, null, null, abbreviate(written)));
            }
            return Optional.empty();
        }
        String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
        if (image && (scheme.equals("http") || scheme.equals("https"))) {
            return Optional.of(new Refusal(Rule.IMAGE_NOT_IN_SITE, null, null, abbreviate(written)));
        }
        if (!image && LINK_SCHEMES.contains(scheme)) {
            return Optional.empty();
        }
        String shown = SCHEME.matcher(scheme).matches() ? scheme : scheme.replaceAll("[^a-z0-9+.-]", "?");
        if (CODE_SCHEMES.contains(scheme.replaceAll("[^a-z]", ""))) {
            return Optional.of(new Refusal(Rule.UNSAFE_ADDRESS, null, null, abbreviate(written)));
        }
        return Optional.of(new Refusal(Rule.ADDRESS_SCHEME_NOT_ALLOWED, null, null, abbreviate(written), shown,
                image ? "none: an image is a file of the site" : String.join(":, ", LINK_SCHEMES) + ":"));
    }

    /**
     * Confirms, with jsoup's own sanitizer, that nothing outside the lists is left in a checked body: a last
     * guard, should a check above ever disagree with the lists.
     */
    public boolean cleanerAgrees(Element body, Set<String> ignored) {
        Document copy = Document.createShell("");
        for (org.jsoup.nodes.Node node : body.childNodesCopy()) {
            copy.body().appendChild(node);
        }
        for (Element element : copy.body().getAllElements()) {
            ignored.forEach(element::removeAttr);
        }
        return new Cleaner(safelist).isValid(copy);
    }

    /** The address as a browser reads it (WHATWG URL parsing): ASCII tabs and line breaks removed, controls trimmed. */
    static String asBrowsersRead(String url) {
        return EDGES.matcher(BREAKS.matcher(url).replaceAll("")).replaceAll("");
    }

    /** What a browser drops from an address it reads: tabs and line breaks anywhere, control characters and spaces around. */
    private static final java.util.regex.Pattern BREAKS = java.util.regex.Pattern.compile("[\\t\\n\\r]");
    private static final java.util.regex.Pattern EDGES = java.util.regex.Pattern.compile("^[\\x00-\\x20]+|[\\x00-\\x20]+$");

    private static int firstOf(String text, String characters) {
        int first = -1;
        for (char c : characters.toCharArray()) {
            int at = text.indexOf(c);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    private static String abbreviate(String url) {
        String shown = url.replaceAll("[\\x00-\\x1f]", "?");
        return shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
    }
}
