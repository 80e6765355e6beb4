package org.nodevspython.links;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.nodevspython.content.Page;
import org.nodevspython.content.SiteIndex;
import org.nodevspython.rules.Problems;
import org.nodevspython.rules.Rule;

/**
 * No two sources may write the same file of the site: two pages whose names differ only in
 * case (one overwrites the other on macOS and Windows), or a page and an asset of the same name.
 */
public final class OutputPaths {

    private OutputPaths() {
    }

    public static void check(SiteIndex site, Path assetDir, Problems problems) {
        Map<String, Page> taken = new HashMap<>();
        for (Page page : site.all()) {
            Page other = taken.putIfAbsent(page.outputPath().toLowerCase(Locale.ROOT), page);
            if (other != null) {
                problems.report(Rule.OUTPUT_PATH_TAKEN, page.file(), 1, 0, other.sourcePath(), page.outputPath());
            }
            if (Files.isRegularFile(assetDir.resolve(page.outputPath()))) {
                problems.report(Rule.OUTPUT_PATH_OF_ASSET, page.file(), 1, 0, page.outputPath());
            }
        }
    }
}
