package org.nodevspython.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.nodevspython.policy.ContentPolicy;
import org.nodevspython.rules.Problems;
import org.nodevspython.rules.Rule;
import org.nodevspython.refs.References;
import org.nodevspython.yaml.YamlMap;

/**
 * Parses a page's Markdown with flexmark and checks what a contributor can get wrong in it:
 * the title heading, explicit section ids, citations, footnotes and unsafe raw HTML.
 * Links are recorded with their source line here and checked once every page is known.
 */
public final class PageParser {

    /** The info string of a fenced block that draws the benchmark chart of a CSV file. */
    public static final String CHART_BLOCK = "benchmarks";
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final ContentPolicy POLICY = new ContentPolicy();
    /** Ids the renderer gives elements of pages: citations, references, footnotes and charts. */
    private static final Pattern RESERVED_PREFIX = Pattern.compile("(cite|ref|fn|fnref|chart)-.*");
    private static final Pattern TRAILING_ATTRIBUTES = Pattern.compile("\\s*\\{[^}]*}\\s*$");

    private final com.vladsch.flexmark.parser.Parser markdown;
    private final References references;
    private final Set<String> reservedIds;

    /**
     * @param markdown    the site's flexmark parser
     * @param reservedIds the ids the templates give the site's own elements (see {@link ReservedIds})
     */
    public PageParser(com.vladsch.flexmark.parser.Parser markdown, References references, Set<String> reservedIds) {
        this.markdown = markdown;
        this.references = references;
        this.reservedIds = reservedIds;
    }

    /**
     * Parses one page; every mistake is reported to {@code problems}. Empty when the page cannot be parsed
     * at all: nested so deep that flexmark would overflow the stack.
     */
    public Optional<Page> parse(Path file, String sourcePath, FrontMatter frontMatter, FrontMatter.Split split, Problems problems) {
        Optional<Nesting.TooDeep> deepText = Nesting.inText(split.body());
        if (deepText.isPresent()) {
            problems.report(Rule.NESTED_TOO_DEEP, file, split.bodyLine() - 1 + deepText.get().line(), deepText.get().column(),
                    deepText.get().depth(), Nesting.LIMIT);
            return Optional.empty();
        }
        Document document = markdown.parse(split.body());
        Optional<Nesting.DeepNode> deep = Nesting.inTree(document);
        if (deep.isPresent()) {
            SourcePositions positions = new SourcePositions(split.body(), split.bodyLine());
            problems.report(Rule.NESTED_TOO_DEEP, file, positions.line(deep.get().node()), positions.column(deep.get().node()),
                    deep.get().depth(), Nesting.LIMIT);
            return Optional.empty();
        }
        Builder page = new Builder(file, sourcePath, frontMatter, document, split, problems);
        page.walk();
        return Optional.of(page.build());
    }

    /** Collects what the checks need while walking the tree once. */
    private final class Builder {
        private final Path file;
        private final String sourcePath;
        private final FrontMatter frontMatter;
        private final Document document;
        private final FrontMatter.Split split;
        // identity maps in document order: the renderer finds what was parsed from each node
        private final Map<Node, org.nodevspython.content.Heading> headings = new LinkedIdentityMap<>();
        private final List<LinkUse> links = new ArrayList<>();
        private final List<LinkUse> charts = new ArrayList<>();
        private final Map<Node, Citation> citations = new LinkedIdentityMap<>();
        private final Map<String, Integer> citationCount = new LinkedHashMap<>();
        private final Map<String, Integer> idLines = new LinkedHashMap<>();
        private final SourcePositions positions;
        private final Problems problems;

        Builder(Path file, String sourcePath, FrontMatter frontMatter, Document document, FrontMatter.Split split, Problems problems) {
            this.file = file;
            this.sourcePath = sourcePath;
            this.frontMatter = frontMatter;
            this.document = document;
            this.split = split;
            this.problems = problems;
            this.positions = new SourcePositions(split.body(), split.bodyLine());
        }

        void walk() {
            String section = Sections.INTRO;
            boolean first = true;
            int titles = 0;
            for (Node block : document.getChildren()) {
                if (block instanceof Heading heading && heading.getLevel() == 1) {
                    titles++;
                    if (!first || titles > 1) {
                            report(block, Rule.SECOND_TITLE);
                    }
                }
                if (first && !(block instanceof Heading h && h.getLevel() == 1)) {
                    report(block, Rule.TITLE_NOT_FIRST);
                    titles = Math.max(titles, 1);
                }
                if (!(block instanceof Reference)) {
                    first = false;
                }
                if (block instanceof Heading heading && heading.getLevel() == 2) {
                    section = Sections.idOf(heading).orElse(section);
                }
                visit(block, block instanceof FootnoteBlock ? Sections.NOTES : section);
            }
            if (document.getFirstChild() == null) {
                problems.report(Rule.NO_TEXT, file, split.bodyLine(), 0);
            }
        }

        private void visit(Node node, String section) {
            check(node, section);
            for (Node child : node.getChildren()) {
                visit(child, section);
            }
        }

        private void check(Node node, String section) {
            if (node instanceof Heading heading) {
                heading(heading);
            } else if (node instanceof AttributeNode attribute && attribute.isId()
                    && !(attribute.getParent() != null && attribute.getParent().getParent() instanceof Heading)) {
                id(attribute.getValue().toString(), positions.line(attribute), positions.column(attribute));
            } else if (node instanceof LinkRef ref && ref.getReference().startsWith("@")) {
                citation(ref, section);
            } else if (node instanceof Link link) {
                link(node, link.getUrl().unescape(), false);
            } else if (node instanceof Image image) {
                link(node, image.getUrl().unescape(), true);
            } else if (node instanceof AutoLink autoLink) {
                link(node, autoLink.getUrl().unescape(), false);
            } else if (node instanceof Reference reference) {
                link(node, reference.getUrl().unescape(), false);
            } else if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                rawHtml(node);
            } else if (node instanceof FencedCodeBlock block && CHART_BLOCK.equals(block.getInfo().toString().strip())) {
                charts.add(new LinkUse(block.getContentChars().toString().strip(), false, positions.line(block), positions.column(block)));
            } else if (node instanceof Footnote footnote && footnote.getFootnoteBlock() == null) {
                report(node, Rule.FOOTNOTE_WITHOUT_TEXT, footnote.getText());
            }
        }

        private void heading(Heading heading) {
            String text = TRAILING_ATTRIBUTES.matcher(new TextCollectingVisitor().collectAndGetText(heading)).replaceAll("").strip();
            Optional<String> id = Sections.idOf(heading);
            if (heading.getLevel() > 1 && id.isEmpty()) {
                report(heading, Rule.HEADING_WITHOUT_ID, text, "#".repeat(heading.getLevel()) + " " + text + " {#" + suggestId(text) + "}");
            }
            id.ifPresent(value -> id(value, positions.line(heading), positions.column(heading)));
            headings.put(heading, new org.nodevspython.content.Heading(heading.getLevel(), id.orElse(null), text,
                    positions.line(heading), positions.column(heading)));
        }

        /** An id given in the Markdown ({@code {#id}}, or raw HTML's {@code id=}): well formed, not the site's, once a page. */
        private void id(String id, int line, int column) {
            if (!ID.matcher(id).matches()) {
                problems.report(Rule.ID_NOT_ALLOWED, file, line, column, id, suggestId(id));
            } else if (reservedIds.contains(id) || RESERVED_PREFIX.matcher(id).matches()) {
                problems.report(Rule.ID_RESERVED, file, line, column, id);
            } else if (idLines.containsKey(id)) {
                problems.report(Rule.ID_REPEATED, file, line, column, id, idLines.get(id));
            } else {
                idLines.put(id, line);
            }
        }

        private void citation(LinkRef ref, String section) {
            String key = ref.getReference().toString().substring(1).strip();
            if (references.get(key).isEmpty() && references.declares(key)) {
                return; // the entry exists but is broken: that is reported at its line in the data file
            }
            if (references.get(key).isEmpty()) {
                String hint = YamlMap.closest(key, references.keys()).map(k -> "did you mean [@" + k + "]? ").orElse("");
                report(ref, Rule.CITATION_UNKNOWN, key, hint);
                return;
            }
            int n = citationCount.merge(key, 1, Integer::sum);
            citations.put(ref, new Citation(key, "cite-" + key + "-" + n, section, positions.line(ref), positions.column(ref)));
        }

        /** A link of the Markdown, for the link check; what its address may be is the policy's, on the rendered HTML. */
        private void link(Node node, String url, boolean image) {
            links.add(new LinkUse(url, image, positions.line(node), positions.column(node)));
        }

        /**
         * Raw HTML is read the way a browser reads it (jsoup decodes character references, so
         * {@code &#106;avascript:} is seen as {@code javascript:}) and checked against the site's allow-list
         * ({@link ContentPolicy}) here, where each element and attribute has its exact place in the Markdown;
         * the addresses it links to are then checked like Markdown links.
         */
        private void rawHtml(Node node) {
            org.jsoup.nodes.Document fragment = Jsoup.parse(node.getChars().toString(), "", Parser.htmlParser().setTrackPosition(true));
            int base = node.getStartOffset();
            List<ContentPolicy.Refusal> refusals = new ArrayList<>();
            refusals.addAll(POLICY.check(fragment.head(), Set.of()));
            refusals.addAll(POLICY.check(fragment.body(), Set.of()));
            // attributes of an <html> or <body> tag go to the page's own elements: none is allowed
            for (Element shell : List.of(fragment.child(0), fragment.head(), fragment.body())) {
                for (org.jsoup.nodes.Attribute attribute : shell.attributes()) {
                    refusals.add(new ContentPolicy.Refusal(Rule.UNSAFE_ELEMENT, shell, attribute.getKey(), shell.normalName(),
                            String.join(", ", ContentPolicy.elements())));
                }
            }
            for (ContentPolicy.Refusal refusal : refusals) {
                int at = base + offset(refusal.element(), refusal.attribute());
                problems.report(refusal.rule(), file, positions.line(at), positions.column(at), refusal.args());
            }
            if (!refusals.isEmpty()) {
                return; // its links are checked once the HTML itself is acceptable: one mistake, one message
            }
            for (Element element : fragment.body().getAllElements()) {
                for (org.jsoup.nodes.Attribute attribute : element.attributes()) {
                    int at = base + offset(element, attribute.getKey());
                    String name = attribute.getKey();
                    if (name.equals("id")) {
                        id(attribute.getValue(), positions.line(at), positions.column(at));
                    } else if ((name.equals("href") || name.equals("src")) && !attribute.getValue().isBlank()
                            && !attribute.getValue().strip().equals("#")) {
                        links.add(new LinkUse(attribute.getValue().strip(), name.equals("src"), positions.line(at), positions.column(at)));
                    }
                }
            }
        }

        /** Where, in a raw HTML fragment, an element (or one of its attributes) starts; 0 when jsoup made it up. */
        private static int offset(Element element, String attribute) {
            if (attribute != null) {
                org.jsoup.nodes.Range.AttributeRange range = element.attributes().sourceRange(attribute);
                if (range.nameRange().isTracked()) {
                    return range.nameRange().startPos();
                }
            }
            return element.sourceRange().isTracked() ? element.sourceRange().startPos() : 0;
        }

        private void report(Node node, Rule rule, Object... args) {
            problems.report(rule, file, positions.line(node), positions.column(node), args);
        }

        Page build() {
            return new Page(file, sourcePath, frontMatter, document, positions, headings, links, citations, charts,
                    Sections.hashes(document));
        }
    }

    static String suggestId(String text) {
        String ascii = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String id = ascii.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return id.isEmpty() || !Character.isLetter(id.charAt(0)) ? "section-" + id : id;
    }

    private static String abbreviate(String url) {
        return url.length() > 40 ? url.substring(0, 40) + "…" : url;
    }
}
