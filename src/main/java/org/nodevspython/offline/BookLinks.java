package org.nodevspython.offline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The internal links of a book's printed parts, held as numbers until the book is written. A link
 * annotation is a handful of PDF objects (the annotation, its rectangle, a border style, a go-to
 * action and its destination), and a book of thousands of pages has tens of thousands of links,
 * held from the part that printed them until the book is saved: as numbers (the rectangle and where
 * it leads) they take a twentieth of that. When the book is written, each link is an annotation
 * again, in its place among the page's others; the links to one place share one go-to action and
 * all share one border style (a smaller file). A link into another part is resolved then, from the
 * marks of every part, and a second one over the same area to the same place dropped (openhtmltopdf
 * makes one per box of a link to an address, a link and its ::after content being two).
 */
final class BookLinks {

    private static final COSName LINK = COSName.getPDFName("Link");
    private static final COSName GO_TO = COSName.getPDFName("GoTo");
    private static final COSName URI = COSName.getPDFName("URI");
    private static final COSName XYZ = COSName.getPDFName("XYZ");
    private static final COSName ACTION = COSName.getPDFName("Action");
    private static final Set<COSName> KEYS = Set.of(COSName.TYPE, COSName.SUBTYPE, COSName.A, COSName.RECT, COSName.F, COSName.BS);
    private static final Set<COSName> GO_TO_KEYS = Set.of(COSName.TYPE, COSName.S, COSName.D);
    /** The print flag openhtmltopdf sets on every annotation. */
    private static final int PRINTED = 4;

    /** Where a link leads: a page (its dictionary, by identity) and how far down. */
    private record Place(COSDictionary page, int top) {
    }

    /** A link as numbers: its rectangle, and a {@link Place} or the id of another part it leads to. */
    private record Link(float[] rect, Object target) {
    }

    /**
     * A link into another part with more to it than {@link Link} holds (a shape, a key of a later
     * openhtmltopdf): kept as it is, its action pointed at the id's place when the book is written.
     */
    private record Relink(COSDictionary annotation, String id) {
    }

    /** Each page's annotations in their order: a link as numbers, anything else as it was. */
    private final Map<COSDictionary, List<Object>> pages = new IdentityHashMap<>();
    private final Map<COSDictionary, Map<Integer, Place>> places = new IdentityHashMap<>();
    private final Map<Place, COSDictionary> actions = new IdentityHashMap<>();
    private COSDictionary border;

    /** Takes the internal links off these pages (a printed part's), to hold them as numbers. */
    void take(List<PDPage> printed) {
        for (PDPage page : printed) {
            COSArray annotations = page.getCOSObject().getCOSArray(COSName.ANNOTS);
            if (annotations == null) {
                continue;
            }
            List<Object> kept = new ArrayList<>(annotations.size());
            for (int i = 0; i < annotations.size(); i++) {
                COSBase annotation = annotations.getObject(i);
                Object held = annotation instanceof COSDictionary dictionary ? held(dictionary) : null;
                kept.add(held != null ? held : annotations.get(i));
            }
            pages.put(page.getCOSObject(), kept);
            page.getCOSObject().removeItem(COSName.ANNOTS);
        }
    }

    /**
     * A link as numbers; a link into another part of another shape as a {@link Relink} (its address
     * names no place a viewer could open); null for any other annotation, kept as it is.
     */
    private Object held(COSDictionary annotation) {
        Link link = asNumbers(annotation);
        if (link != null) {
            return link;
        }
        String id = annotation.getDictionaryObject(COSName.A) instanceof COSDictionary action && URI.equals(action.getCOSName(COSName.S))
                ? BookParts.elsewhere(action.getString(URI)) : null;
        return id == null ? null : new Relink(annotation, id);
    }

    /** The link as numbers, or null for an annotation of another kind, or with more to it. */
    private Link asNumbers(COSDictionary annotation) {
        if (!LINK.equals(annotation.getCOSName(COSName.SUBTYPE)) || !KEYS.containsAll(annotation.keySet())
                || annotation.getInt(COSName.F, PRINTED) != PRINTED || !isNoBorder(annotation.getCOSDictionary(COSName.BS))
                || !(annotation.getDictionaryObject(COSName.RECT) instanceof COSArray rect) || rect.size() != 4
                || !(annotation.getDictionaryObject(COSName.A) instanceof COSDictionary action)) {
            return null;
        }
        Object target = null;
        if (GO_TO.equals(action.getCOSName(COSName.S)) && GO_TO_KEYS.containsAll(action.keySet()) && action.getDictionaryObject(COSName.D) instanceof COSArray to
                && to.size() == 5 && to.getObject(0) instanceof COSDictionary page && XYZ.equals(to.getObject(1))
                && to.getObject(2) == null && to.getObject(3) instanceof COSInteger top && to.getObject(4) == null) {
            target = place(page, top.intValue());
        } else if (URI.equals(action.getCOSName(COSName.S))) {
            target = BookParts.elsewhere(action.getString(URI));
        }
        return target == null ? null : new Link(rect.toFloatArray(), target);
    }

    private Place place(COSDictionary page, int top) {
        return places.computeIfAbsent(page, p -> new HashMap<>()).computeIfAbsent(top, t -> new Place(page, t));
    }

    /** A border style of width 0 and nothing else: the one openhtmltopdf gives every link. */
    private static boolean isNoBorder(COSDictionary style) {
        if (style == null || !Set.of(COSName.W, COSName.S, COSName.TYPE).containsAll(style.keySet())
                || !(style.getDictionaryObject(COSName.W) instanceof COSNumber width)) {
            return false;
        }
        return width.floatValue() == 0 && COSName.S.equals(style.getCOSName(COSName.S));
    }

    /**
     * Puts the links back on the book's pages as annotations, those into another part pointed at the
     * mark of their id (a link to an id without a mark is dropped).
     */
    void putBack(Iterable<PDPage> book, Map<String, PartPrinter.Mark> marks) {
        for (PDPage page : book) {
            List<Object> held = pages.remove(page.getCOSObject());
            if (held == null) {
                continue;
            }
            COSArray annotations = new COSArray();
            Set<List<Object>> seen = new HashSet<>();
            for (Object item : held) {
                if (item instanceof Relink relink) {
                    Place place = placeOf(marks.get(relink.id()));
                    if (place != null) {
                        relink.annotation().setItem(COSName.A, actions.computeIfAbsent(place, BookLinks::goTo));
                        annotations.add(relink.annotation());
                    }
                    continue;
                }
                if (!(item instanceof Link link)) {
                    annotations.add((COSBase) item);
                    continue;
                }
                Place place = link.target() instanceof Place p ? p : placeOf(marks.get((String) link.target()));
                if (place != null && seen.add(List.of(place, List.of(link.rect()[0], link.rect()[1], link.rect()[2], link.rect()[3])))) {
                    annotations.add(annotation(link.rect(), place));
                }
            }
            page.getCOSObject().setItem(COSName.ANNOTS, annotations);
        }
    }

    private Place placeOf(PartPrinter.Mark mark) {
        return mark == null ? null : place(mark.pdPage().getCOSObject(), mark.top());
    }

    private COSDictionary annotation(float[] rect, Place place) {
        COSDictionary annotation = new COSDictionary();
        annotation.setItem(COSName.TYPE, COSName.ANNOT);
        annotation.setItem(COSName.SUBTYPE, LINK);
        annotation.setItem(COSName.A, actions.computeIfAbsent(place, BookLinks::goTo));
        COSArray rectangle = new COSArray();
        for (float value : rect) {
            rectangle.add(new COSFloat(value));
        }
        annotation.setItem(COSName.RECT, rectangle);
        annotation.setInt(COSName.F, PRINTED);
        if (border == null) {
            border = new COSDictionary();
            border.setInt(COSName.W, 0);
            border.setItem(COSName.S, COSName.S);
        }
        annotation.setItem(COSName.BS, border);
        return annotation;
    }

    /** The go-to action to a place, as openhtmltopdf writes it (with PDFBox): the page, and its top, no left or zoom. */
    private static COSDictionary goTo(Place place) {
        COSArray destination = new COSArray();
        destination.add(place.page());
        destination.add(XYZ);
        destination.add(null);
        destination.add(COSInteger.get(place.top()));
        destination.add(null);
        COSDictionary action = new COSDictionary();
        action.setItem(COSName.TYPE, ACTION);
        action.setItem(COSName.S, GO_TO);
        action.setItem(COSName.D, destination);
        return action;
    }
}
