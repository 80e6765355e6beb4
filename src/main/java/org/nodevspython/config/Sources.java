package org.nodevspython.config;

import java.nio.file.Path;

import org.nodevspython.i18n.Localization;
import org.nodevspython.refs.References;
import org.nodevspython.rules.BuildFailedException;
import org.nodevspython.rules.Problems;

/**
 * What the bake reads before the pages: the settings, the languages with their interface strings
 * ({@code data/i18n.yaml}) and the reference list ({@code data/references.yaml}).
 */
public record Sources(SiteConfig config, Localization localization, References references) {

    /** The first step of a bake; the languages are needed by everything after it, so without them it stops here. */
    public static Sources read(Path project, Path destination, Problems problems) {
        SiteConfig config = SiteConfig.load(project, destination);
        Localization localization = Localization.load(config.dataFolder().resolve("i18n.yaml"), problems)
                .orElseThrow(() -> new BuildFailedException(problems.all()));
        References references = References.load(config.dataFolder().resolve("references.yaml"), localization.codes(), problems);
        return new Sources(config, localization, references);
    }
}
