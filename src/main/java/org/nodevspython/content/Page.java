package org.nodevspython.content;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * A parsed Markdown page: its front matter, its Markdown tree, and what the checks need
 * (headings, links, citations, section hashes), each with its line in the source file.
 */
public final class Page {

    private final Path file;
    private final String sourcePath;
    private final FrontMatter frontMatter;
    private final Document document;
    private final SourcePositions positions;
    private final List<Heading> headings;
    private final List<LinkUse> links;
    private final List<LinkUse> charts;
    private final List<Citation> citations;
    private final Map<String, String> sectionHashes;
    private final List<Heading> sections;
    private final String outputPath;
    private final Set<String> anchors;
    private final Map<Node, Heading> headingNodes;
    private final Map<Node, Citation> citationNodes;
    private Page original;

    Page(Path file, String sourcePath, FrontMatter frontMatter, Document document, SourcePositions positions,
         Map<Node, Heading> headingNodes, List<LinkUse> links, Map<Node, Citation> citationNodes, List<LinkUse> charts,
         Map<String, String> sectionHashes) {
        this.file = file;
        this.sourcePath = sourcePath;
        this.frontMatter = frontMatter;
        this.document = document;
        this.positions = positions;
        this.headingNodes = headingNodes;
        this.citationNodes = citationNodes;
        this.headings = List.copyOf(headingNodes.values());
        this.links = List.copyOf(links);
        this.charts = List.copyOf(charts);
        this.citations = List.copyOf(citationNodes.values());
        this.sectionHashes = new LinkedHashMap<>(sectionHashes);
        this.sections = this.headings.stream().filter(h -> h.level() > 1).toList();
        this.outputPath = sourcePath.substring(0, sourcePath.length() - ".md".length()) + ".html";
        Set<String> ids = new LinkedHashSet<>();
        this.headings.stream().filter(h -> h.id() != null).forEach(h -> ids.add(h.id()));
        this.citations.forEach(c -> ids.add(c.anchor()));
        this.anchors = java.util.Collections.unmodifiableSet(ids);
    }

    /**
     * The page that stands, in a language the original has no translation in, for the original: at its own
     * address there ({@code en/desempenho.html}), showing the original's content with a notice, so that the
     * language switch, the navigation and links never lead to a missing page.
     */
    Page standIn(String lang, String sourcePath) {
        FrontMatter front = new FrontMatter(frontMatter.title(), lang, frontMatter.key(), frontMatter.order(), frontMatter.type(),
                frontMatter.description(), frontMatter.date(), Map.of(), frontMatter.lines());
        Page standIn = new Page(file, sourcePath, front, document, positions, headingNodes, links, citationNodes, charts, sectionHashes);
        standIn.original = this;
        return standIn;
    }

    /** For a page that stands in for an untranslated original ({@link #standIn}): that original. */
    public java.util.Optional<Page> original() {
        return java.util.Optional.ofNullable(original);
    }

    public Path file() {
        return file;
    }

    /** Path below the content folder with forward slashes, e.g. {@code en/nodejs.md}. */
    public String sourcePath() {
        return sourcePath;
    }

    /** Path of the generated HTML below the site root, e.g. {@code en/nodejs.html}. */
    public String outputPath() {
        return outputPath;
    }

    public FrontMatter frontMatter() {
        return frontMatter;
    }

    public String lang() {
        return frontMatter.lang();
    }

    public String key() {
        return frontMatter.key();
    }

    public PageType type() {
        return frontMatter.type();
    }

    public Document document() {
        return document;
    }

    public List<Heading> headings() {
        return headings;
    }

    /** The headings below the title heading, which carry the section ids. */
    public List<Heading> sections() {
        return sections;
    }

    public String title() {
        return headings.stream().filter(h -> h.level() == 1).map(Heading::text).findFirst().orElse(frontMatter.title());
    }

    public List<LinkUse> links() {
        return links;
    }

    /** The data files named by the page's {@code ```benchmarks} blocks, with their lines. */
    public List<LinkUse> charts() {
        return charts;
    }

    public List<Citation> citations() {
        return citations;
    }

    /** Hash of each top-level section's Markdown (see {@link Sections}). */
    public Map<String, String> sectionHashes() {
        return sectionHashes;
    }

    /** Every id a link may target on this page, before the template adds its own. */
    public Set<String> anchors() {
        return anchors;
    }

    /** The heading parsed from this Markdown node, or null. */
    public Heading headingAt(Node node) {
        return headingNodes.get(node);
    }

    /** The citation parsed from this Markdown node, or null. */
    public Citation citationAt(Node node) {
        return citationNodes.get(node);
    }

    public SourcePositions positions() {
        return positions;
    }
}
