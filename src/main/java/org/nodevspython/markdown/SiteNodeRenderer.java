package org.nodevspython.markdown;

import java.util.Set;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import org.nodevspython.content.Citation;
import org.nodevspython.refs.Reference;

/**
 * Renders what the site adds to Markdown: section headings with their explicit id and a
 * self-link, citations {@code [@key]} as numbered links to the reference list, and links to
 * other Markdown files as links to their generated pages (relative, so {@code file://} works).
 */
final class SiteNodeRenderer implements NodeRenderer {

    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new SiteNodeRenderer();
        }
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Heading.class, this::heading),
                new NodeRenderingHandler<>(LinkRef.class, this::linkRef),
                new NodeRenderingHandler<>(Link.class, this::link),
                new NodeRenderingHandler<>(Image.class, this::image));
    }

    private static RenderContext site(NodeRendererContext context) {
        return RenderContext.of(context.getDocument());
    }

    private void heading(Heading node, NodeRendererContext context, HtmlWriter html) {
        RenderContext site = site(context);
        String tag = "h" + node.getLevel();
        org.nodevspython.content.Heading parsed = site == null ? null : site.page().headingAt(node);
        String id = parsed == null ? null : parsed.id();
        if (id != null) {
            html.attr("id", id);
        }
        html.srcPos(node.getChars()).withAttr().tag(tag);
        context.renderChildren(node);
        if (id != null && node.getLevel() > 1) {
            html.raw(" ");
            html.attr("class", "anchor").attr("href", "#" + id)
                    .attr("aria-label", site.ui().getOrDefault("section_link", "#") + ": " + parsed.text())
                    .withAttr().tag("a");
            html.raw("#");
            html.tag("/a");
        }
        html.tag("/" + tag);
        html.line();
    }

    private void linkRef(LinkRef node, NodeRendererContext context, HtmlWriter html) {
        RenderContext site = site(context);
        if (site == null || !node.getReference().startsWith("@")) {
            context.delegateRender();
            return;
        }
        Citation citation = site.page().citationAt(node);
        if (citation == null) {
            context.delegateRender();
            return;
        }
        Reference reference = site.references().get(citation.key()).orElseThrow();
        html.attr("class", "cite").attr("id", citation.anchor())
                .attr("href", site.referencesHref() + "#" + reference.anchor())
                .attr("title", reference.title())
                .srcPos(node.getChars()).withAttr().tag("a");
        html.text("[" + reference.number() + "]");
        html.tag("/a");
    }

    private void link(Link node, NodeRendererContext context, HtmlWriter html) {
        RenderContext site = site(context);
        String href = site == null ? node.getUrl().toString() : site.hrefs().apply(node.getUrl().toString());
        html.attr("href", href);
        if (node.getTitle().isNotNull() && !node.getTitle().isEmpty()) {
            html.attr("title", node.getTitle().unescape());
        }
        html.srcPos(node.getChars()).withAttr().tag("a");
        context.renderChildren(node);
        html.tag("/a");
    }

    private void image(Image node, NodeRendererContext context, HtmlWriter html) {
        RenderContext site = site(context);
        String src = site == null ? node.getUrl().toString() : site.hrefs().apply(node.getUrl().toString());
        String alt = new com.vladsch.flexmark.ast.util.TextCollectingVisitor().collectAndGetText(node);
        html.attr("src", src).attr("alt", alt);
        if (node.getTitle().isNotNull() && !node.getTitle().isEmpty()) {
            html.attr("title", node.getTitle().unescape());
        }
        html.srcPos(node.getChars()).withAttr().tagVoid("img");
    }
}
