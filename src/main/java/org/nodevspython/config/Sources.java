package org.nodevspython.config;

import java.nio.file.Path;
import java.util.List;

import org.nodevspython.i18n.Localization;
import org.nodevspython.refs.References;
import org.nodevspython.rules.BuildFailedException;
import org.nodevspython.rules.Problems;

/**
 * What the bake reads before the pages: the settings, the languages with their interface strings
 * ({@code data/i18n.yaml}) and the reference list ({@code data/references.yaml}).
 */
public record Sources(SiteConfig config, Localization localization, References references) {

    /**
     * The first step of a bake. It stops at once when the settings are wrong or a source folder holds a
     * symbolic link (nothing else is read then), and when the languages cannot be read (everything else needs them).
     */
    public static Sources read(Path project, Path destination, Problems problems) {
        Path settings = project.resolve(SiteConfig.FILE);
        SourceLinks.refuse(project, List.of(settings), problems);
        stopIfWrong(problems);
        SettingsFile.check(project, settings, problems);
        stopIfWrong(problems);
        SiteConfig config = SiteConfig.load(project, destination);
        SourceLinks.refuse(project, List.of(config.contentFolder(), config.templateFolder(), config.assetFolder(), config.dataFolder()),
                problems);
        stopIfWrong(problems);
        Localization localization = Localization.load(config.dataFolder().resolve("i18n.yaml"), problems)
                .orElseThrow(() -> new BuildFailedException(problems.all()));
        References references = References.load(config.dataFolder().resolve("references.yaml"), localization.codes(), problems);
        return new Sources(config, localization, references);
    }

    private static void stopIfWrong(Problems problems) {
        if (problems.hasErrors()) {
            throw new BuildFailedException(problems.all());
        }
    }
}
