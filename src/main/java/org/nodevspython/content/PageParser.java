package org.nodevspython.content;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
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
import org.nodevspython.problems.Problems;
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
    public static final String INTRO = "_intro";
    public static final String NOTES = "_notes";
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Set<String> UNSAFE_ELEMENTS =
            Set.of("script", "iframe", "object", "embed", "frame", "frameset", "base", "form", "style", "meta", "link", "svg", "math");
    private static final Set<String> URL_ATTRIBUTES =
            Set.of("href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset", "background", "cite");
    private static final Pattern SCRIPT_URL = Pattern.compile("^\\s*(javascript|vbscript|data)\\s*:", Pattern.CASE_INSENSITIVE);
    /** Ids the templates and the renderer give elements of every page; a section must not take one. */
    public static final Set<String> RESERVED_IDS = Set.of("main", "toc-title", "map-title", BodyHtml.NOTES_ID);
    private static final Pattern RESERVED_PREFIX = Pattern.compile("(cite|ref|fn|fnref)-.*");
    private static final Pattern TRAILING_ATTRIBUTES = Pattern.compile("\\s*\\{[^}]*}\\s*$");

    private final MarkdownOptions markdown;
    private final References references;
    private final Problems problems;

    public PageParser(MarkdownOptions markdown, References references, Problems problems) {
        this.markdown = markdown;
        this.references = references;
        this.problems = problems;
    }

    /** Parses one page; empty when it cannot be used at all (every reason is reported). */
    public Optional<Page> parse(Path file, String sourcePath, FrontMatter frontMatter, FrontMatter.Split split) {
        Document document = markdown.parser().parse(split.body());
        Builder page = new Builder(file, sourcePath, frontMatter, document, split);
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
        private final Map<String, StringBuilder> sections = new LinkedHashMap<>();
        private final SourcePositions positions;

        Builder(Path file, String sourcePath, FrontMatter frontMatter, Document document, FrontMatter.Split split) {
            this.file = file;
            this.sourcePath = sourcePath;
            this.frontMatter = frontMatter;
            this.document = document;
            this.split = split;
            this.positions = new SourcePositions(split.body(), split.bodyLine());
        }

        void walk() {
            String section = INTRO;
            boolean first = true;
            int titles = 0;
            for (Node block : document.getChildren()) {
                if (block instanceof Heading heading && heading.getLevel() == 1) {
                    titles++;
                    if (!first || titles > 1) {
                        error(block, "a page has one title heading ('# ...'), at its top; this is another one",
                                "make it a section heading '## ... {#id}'");
                    }
                }
                if (first && !(block instanceof Heading h && h.getLevel() == 1)) {
                    error(block, "the page does not start with its title heading",
                            "put '# Title' on the first line after the front matter");
                    titles = Math.max(titles, 1);
                }
                if (!(block instanceof Reference)) {
                    first = false;
                }
                if (block instanceof Heading heading && heading.getLevel() == 2) {
                    section = idOf(heading).orElse(section);
                }
                String owner = block instanceof FootnoteBlock ? NOTES : section;
                sections.computeIfAbsent(owner, s -> new StringBuilder()).append(block.getChars()).append('\n');
                visit(block, owner);
            }
            if (document.getFirstChild() == null) {
                problems.error(file, split.bodyLine(), 0, "the page has no text after its front matter",
                        "write its title heading '# ...' and its text");
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
            } else if (node instanceof LinkRef ref && ref.getReference().startsWith("@")) {
                citation(ref, section);
            } else if (node instanceof Link link) {
                link(node, link.getUrl().toString(), false);
            } else if (node instanceof Image image) {
                link(node, image.getUrl().toString(), true);
            } else if (node instanceof AutoLink autoLink) {
                link(node, autoLink.getUrl().toString(), false);
            } else if (node instanceof Reference reference) {
                link(node, reference.getUrl().toString(), false);
            } else if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                rawHtml(node);
            } else if (node instanceof FencedCodeBlock block && CHART_BLOCK.equals(block.getInfo().toString().strip())) {
                charts.add(new LinkUse(block.getContentChars().toString().strip(), false, positions.line(block), positions.column(block)));
            } else if (node instanceof Footnote footnote && footnote.getFootnoteBlock() == null) {
                error(node, "the footnote [^" + footnote.getText() + "] has no text",
                        "add a line '[^" + footnote.getText() + "]: ...' at the end of the page");
            }
        }

        private void heading(Heading heading) {
            String text = TRAILING_ATTRIBUTES.matcher(new TextCollectingVisitor().collectAndGetText(heading)).replaceAll("").strip();
            Optional<String> id = idOf(heading);
            if (heading.getLevel() > 1 && id.isEmpty()) {
                error(heading, "the heading '" + text + "' has no id",
                        "end the line with a language-neutral id, the same in every language, e.g. '" + "#".repeat(heading.getLevel())
                                + " " + text + " {#" + suggestId(text) + "}'");
            }
            if (id.isPresent()) {
                if (!ID.matcher(id.get()).matches()) {
                    error(heading, "the id '" + id.get() + "' is not allowed",
                            "use lowercase ascii letters, digits and hyphens, starting with a letter, e.g. {#" + suggestId(id.get()) + "}");
                } else if (RESERVED_IDS.contains(id.get()) || RESERVED_PREFIX.matcher(id.get()).matches()) {
                    error(heading, "the id '" + id.get() + "' is reserved for the site's own elements",
                            "choose another id, e.g. {#" + id.get() + "-section}");
                } else if (idLines.containsKey(id.get())) {
                    error(heading, "the id '" + id.get() + "' is already used on this page, at line " + idLines.get(id.get()),
                            "give each heading its own id");
                } else {
                    idLines.put(id.get(), positions.line(heading));
                }
            }
            headings.put(heading, new org.nodevspython.content.Heading(heading.getLevel(), id.orElse(null), text,
                    positions.line(heading), positions.column(heading)));
        }

        private void citation(LinkRef ref, String section) {
            String key = ref.getReference().toString().substring(1).strip();
            if (references.get(key).isEmpty() && references.declares(key)) {
                return; // the entry exists but is broken: that is reported at its line in the data file
            }
            if (references.get(key).isEmpty()) {
                String hint = YamlMap.closest(key, references.keys()).map(k -> "did you mean [@" + k + "]? ").orElse("");
                error(ref, "the citation [@" + key + "] names no reference",
                        hint + "cite a key of data/references.yaml, or add the reference there");
                return;
            }
            int n = citationCount.merge(key, 1, Integer::sum);
            citations.put(ref, new Citation(key, "cite-" + key + "-" + n, section, positions.line(ref), positions.column(ref)));
        }

        private void link(Node node, String url, boolean image) {
            if (SCRIPT_URL.matcher(url).find()) {
                error(node, "the address '" + abbreviate(url) + "' can run code in a reader's browser",
                        "link to a page or a web address instead");
                return;
            }
            links.add(new LinkUse(url, image, positions.line(node), positions.column(node)));
        }

        /**
         * Raw HTML is read the way a browser reads it (jsoup decodes character references, so
         * {@code &#106;avascript:} is seen as {@code javascript:}); tags and attributes that run code or
         * take over the page are refused, and the addresses it links to are checked like Markdown links.
         */
        private void rawHtml(Node node) {
            org.jsoup.nodes.Document fragment = org.jsoup.Jsoup.parseBodyFragment(node.getChars().toString());
            List<LinkUse> addresses = new ArrayList<>();
            for (org.jsoup.nodes.Element element : fragment.getAllElements()) {
                if (UNSAFE_ELEMENTS.contains(element.normalName())) {
                    error(node, "raw HTML <" + element.normalName() + "> is not allowed: it can run code or change the page in a reader's browser",
                            "remove it; write Markdown instead");
                    return;
                }
                for (org.jsoup.nodes.Attribute attribute : element.attributes()) {
                    String name = attribute.getKey().toLowerCase(java.util.Locale.ROOT);
                    if (name.startsWith("on")) {
                        error(node, "the HTML attribute '" + name + "=' runs code in a reader's browser", "remove the attribute");
                        return;
                    }
                    if (URL_ATTRIBUTES.contains(name)) {
                        // browsers drop tabs and line breaks from addresses and ignore leading spaces
                        String address = attribute.getValue().replaceAll("[\\s\\x00-\\x1f]", "");
                        if (SCRIPT_URL.matcher(address).find()) {
                            error(node, "the address '" + abbreviate(address) + "' in raw HTML runs code in a reader's browser",
                                    "link to a page or a web address instead");
                            return;
                        }
                        if (!address.isEmpty() && !address.equals("#")) {
                            addresses.add(new LinkUse(attribute.getValue().strip(), !name.equals("href"), positions.line(node), positions.column(node)));
                        }
                    }
                }
            }
            // checked like Markdown links only once the HTML itself is acceptable: one mistake, one message
            links.addAll(addresses);
        }

        private Optional<String> idOf(Heading heading) {
            for (Node child : heading.getChildren()) {
                if (child instanceof AttributesNode attributes) {
                    for (Node attribute : attributes.getChildren()) {
                        if (attribute instanceof AttributeNode a && a.isId()) {
                            return Optional.of(a.getValue().toString());
                        }
                    }
                }
            }
            return Optional.empty();
        }

        private void error(Node node, String message, String fix) {
            problems.error(file, positions.line(node), positions.column(node), message, fix);
        }

        Page build() {
            Map<String, String> hashes = new LinkedHashMap<>();
            sections.forEach((id, text) -> hashes.put(id, hash(text.toString())));
            return new Page(file, sourcePath, frontMatter, document, positions,
                    headings, links, citations, charts, hashes);
        }
    }

    /** Short hash of a section's Markdown, blind to changes of white space only. */
    public static String hash(String markdown) {
        String normalised = markdown.strip().replaceAll("\\s+", " ");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
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
