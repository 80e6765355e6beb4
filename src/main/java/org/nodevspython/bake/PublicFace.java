package org.nodevspython.bake;

import java.util.List;
import java.util.Map;

import org.nodevspython.content.Page;
import org.nodevspython.content.PageType;

/**
 * What the rest of the site shows of a page, so that an edit which keeps it can leave every other page as it
 * was: its place (path, language, key, type, order), its front matter (title, description, date, the hashes a
 * translation records), its title heading, its headings with their ids (the navigation, the home page's map, the
 * table of contents of the book, the back-links of the reference list), its citations (the reference list) and
 * the data files of its charts. Lines and columns are left out: they only place messages. What the page says
 * besides is its own: its body, its search entries, its chapter of the book.
 */
record PublicFace(String sourcePath, String lang, String key, PageType type, int order, String title, String description,
                  String date, Map<String, String> translatedFrom, String heading, List<List<Object>> headings,
                  List<List<Object>> citations, List<String> charts) {

    static PublicFace of(Page page) {
        return new PublicFace(page.sourcePath(), page.lang(), page.key(), page.type(), page.frontMatter().order(),
                page.frontMatter().title(), page.frontMatter().description(), page.frontMatter().date(),
                page.frontMatter().translatedFrom(), page.title(),
                page.headings().stream().map(h -> List.<Object>of(h.level(), String.valueOf(h.id()), h.text())).toList(),
                page.citations().stream().map(c -> List.<Object>of(c.key(), c.anchor(), c.section())).toList(),
                page.charts().stream().map(c -> c.url()).toList());
    }

    /**
     * What a page's article depends on besides its own file: where the pages are, what they pair with, and which
     * page is each language's reference list (see {@code PageLinks}, {@code StandInArticles}).
     */
    List<Object> place() {
        return List.of(sourcePath, lang, key, type);
    }
}
