package org.nodevspython.strict;

import static org.nodevspython.strict.Expect.error;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nodevspython.rules.Rule;

/** The files of assets/, copied into the site as they are, and the pages they could collide with. */
class AssetFixturesTest {

    @TempDir
    Path tmp;

    private Fixture fixture() {
        return Fixture.copyOfRealProject(tmp);
    }

    /** An old export of the site left in assets/: it would overwrite the page (or the page it). */
    @Test
    void assetWithThePathOfAPage() {
        Fixture f = fixture().write("assets/nodejs.html", "<!DOCTYPE html>\n<title>Node.js</title>\n<p>An old copy.</p>\n");
        RuleExpect.only(Rule.OUTPUT_PATH_OF_ASSET, f.bake(), error("content/nodejs.md", 1, 0,
                "this page and the asset assets/nodejs.html would both be written to nodejs.html").fix("rename the page or the asset"));
    }

    @Test
    void assetWithThePathOfAPageOfATranslation() {
        Fixture f = fixture().write("assets/en/python.html", "<p>An old copy.</p>\n");
        RuleExpect.only(Rule.OUTPUT_PATH_OF_ASSET, f.bake(), error("content/en/python.md", 1, 0,
                "this page and the asset assets/en/python.html would both be written to en/python.html"));
    }

    /** Skipped as root, who reads the file anyway. */
    @Test
    void unreadableAsset() {
        Fixture f = fixture();
        RuleExpect.makeUnreadable(f.path("assets/favicon.svg"));
        RuleExpect.only(Rule.ASSET_NOT_COPIED, f.bake(), error("assets", 0, 0, "an asset could not be copied: ")
                .fix("check the file's permissions"));
    }

    private Fixture assetNamedLikeTheEnglishFolder() {
        return fixture().write("assets/en", "an asset without extension, named like the folder of the English pages\n");
    }

    /**
     * A file assets/en where the English pages' folder en/ is: copying it fails. The file is
     * checked by {@link #assetInThePlaceOfAFolderOfPagesAtTheAsset}, which fails yet.
     */
    @Test
    void assetInThePlaceOfAFolderOfPages() {
        Fixture f = assetNamedLikeTheEnglishFolder();
        RuleExpect.only(Rule.ASSET_NOT_COPIED, f.bake(), error(null, 0, 0, "an asset could not be copied: "));
    }

    /**
     * WRONG FILE (reported, main code unchanged): every asset that cannot be copied is reported at
     * the folder 'assets', not at the file, with the message of the copying library (here
     * "Parameter 'destFile' is not a file: /tmp/…/target/site.staging/en", an absolute path of the
     * staging folder) and the fix "check the file's permissions", which does not apply.
     */
    @Test
    void assetInThePlaceOfAFolderOfPagesAtTheAsset() {
        Fixture f = assetNamedLikeTheEnglishFolder();
        RuleExpect.only(Rule.ASSET_NOT_COPIED, f.bake(), error("assets/en", 0, 0, "an asset could not be copied: "));
    }
}
