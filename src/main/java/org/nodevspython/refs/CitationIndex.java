package org.nodevspython.refs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nodevspython.content.Citation;
import org.nodevspython.content.Page;
import org.nodevspython.i18n.Language;
import org.nodevspython.content.SiteIndex;
import org.nodevspython.rules.Problems;
import org.nodevspython.rules.Rule;

/**
 * Where each reference is cited, per language, in reading order: the back-links of the
 * reference list. A reference that no page of a language cites is an error, so the list
 * never carries a source the text does not use.
 */
public final class CitationIndex {

    /** One place that cites a reference. */
    public record Use(Page page, Citation citation) {
    }

    private final Map<String, Map<String, List<Use>>> byLanguage = new LinkedHashMap<>();

    public CitationIndex(SiteIndex site, References references, List<Language> languages) {
        for (Language language : languages) {
            Map<String, List<Use>> uses = new LinkedHashMap<>();
            references.keys().forEach(k -> uses.put(k, new ArrayList<>()));
            for (Page page : site.inLanguage(language.code())) {
                for (Citation citation : page.citations()) {
                    uses.computeIfAbsent(citation.key(), k -> new ArrayList<>()).add(new Use(page, citation));
                }
            }
            byLanguage.put(language.code(), uses);
        }
    }

    /** The places citing {@code key} in the pages of one language. */
    public List<Use> uses(String language, String key) {
        return byLanguage.getOrDefault(language, Map.of()).getOrDefault(key, List.of());
    }

    /**
     * Every reference is cited in every language. In a translation, a reference cited only where the translation
     * lags behind its source (a section outdated or missing, a page not translated) is part of that lag, not a
     * mistake: it will be cited once the section is translated.
     *
     * @param lags whether a place of the source language is not (yet) in the given translation language
     */
    public void checkEveryReferenceCited(References references, String sourceLanguage, java.util.function.BiPredicate<Use, String> lags,
                                         Problems problems) {
        for (Reference reference : references.all()) {
            List<Use> inSource = uses(sourceLanguage, reference.key());
            for (Map.Entry<String, Map<String, List<Use>>> language : byLanguage.entrySet()) {
                boolean lagging = !language.getKey().equals(sourceLanguage) && !inSource.isEmpty()
                        && inSource.stream().allMatch(use -> lags.test(use, language.getKey()));
                if (language.getValue().getOrDefault(reference.key(), List.of()).isEmpty() && !lagging) {
                    problems.report(Rule.REFERENCE_NEVER_CITED, references.file(), reference.line(), 0, reference.key(), language.getKey());
                }
            }
        }
    }
}
