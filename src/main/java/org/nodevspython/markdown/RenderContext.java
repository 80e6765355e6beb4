package org.nodevspython.markdown;

import java.util.Map;
import java.util.function.Function;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.NullableDataKey;
import org.nodevspython.content.Page;
import org.nodevspython.refs.References;

/**
 * What rendering one page's Markdown needs to know about the rest of the site; stored on the
 * flexmark document, where the node renderers find it.
 *
 * @param hrefs          turns an address written in Markdown (e.g. {@code python.md#ai}) into the link of the generated page
 * @param referencesHref the link from this page to the references page of its language
 * @param ui             the interface strings of the page's language
 */
record RenderContext(Page page, Function<String, String> hrefs, References references, String referencesHref,
                     Map<String, String> ui) {

    private static final NullableDataKey<RenderContext> KEY = new NullableDataKey<>("SITE_RENDER_CONTEXT");

    /** Stores this context on the page's Markdown document, for the node renderers. */
    void attachTo(Document document) {
        document.set(KEY, this);
    }

    static RenderContext of(Document document) {
        return KEY.get(document);
    }
}
