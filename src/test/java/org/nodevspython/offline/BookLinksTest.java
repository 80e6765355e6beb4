package org.nodevspython.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.junit.jupiter.api.Test;

/** The links into another part, put back on their pages pointing at where their id landed, whatever their shape. */
class BookLinksTest {

    /** A link to another part as openhtmltopdf writes one for a shaped box: with quad points, which no plain link has. */
    private static COSDictionary shapedLinkTo(String id) {
        COSDictionary action = new COSDictionary();
        action.setItem(COSName.TYPE, COSName.getPDFName("Action"));
        action.setItem(COSName.S, COSName.getPDFName("URI"));
        action.setString(COSName.getPDFName("URI"), BookParts.ELSEWHERE + id);
        COSDictionary annotation = new COSDictionary();
        annotation.setItem(COSName.TYPE, COSName.ANNOT);
        annotation.setItem(COSName.SUBTYPE, COSName.getPDFName("Link"));
        COSArray rect = new COSArray();
        for (float v : new float[] {0, 0, 10, 10}) {
            rect.add(new COSFloat(v));
        }
        annotation.setItem(COSName.RECT, rect);
        COSArray quads = new COSArray();
        for (float v : new float[] {0, 0, 10, 0, 10, 10, 0, 10}) {
            quads.add(new COSFloat(v));
        }
        annotation.setItem(COSName.getPDFName("QuadPoints"), quads);
        annotation.setItem(COSName.A, action);
        return annotation;
    }

    @Test
    void aShapedLinkIntoAnotherPartLeadsToItsTarget() throws Exception {
        PDPage from = new PDPage();
        PDPage to = new PDPage();
        COSArray annotations = new COSArray();
        annotations.add(shapedLinkTo("p-x"));
        from.getCOSObject().setItem(COSName.ANNOTS, annotations);
        BookLinks links = new BookLinks();
        links.take(List.of(from));
        links.putBack(List.of(from, to), Map.of("p-x", new PartPrinter.Mark(1, to, 700)));
        assertEquals(1, from.getAnnotations().size());
        PDAnnotationLink link = (PDAnnotationLink) from.getAnnotations().get(0);
        assertTrue(link.getAction() instanceof PDActionGoTo, "a go-to action, not the address of another part");
        PDPageXYZDestination destination = (PDPageXYZDestination) ((PDActionGoTo) link.getAction()).getDestination();
        assertSame(to.getCOSObject(), destination.getPage().getCOSObject());
        assertEquals(700, destination.getTop());
        assertTrue(link.getCOSObject().containsKey(COSName.getPDFName("QuadPoints")), "the rest of the link kept");
    }

    @Test
    void aShapedLinkToAnIdThatLandedNowhereIsDropped() throws Exception {
        PDPage from = new PDPage();
        COSArray annotations = new COSArray();
        annotations.add(shapedLinkTo("p-gone"));
        from.getCOSObject().setItem(COSName.ANNOTS, annotations);
        BookLinks links = new BookLinks();
        links.take(List.of(from));
        links.putBack(List.of(from), Map.of());
        assertEquals(0, from.getAnnotations().size());
    }
}
