/**
 * The offline bundle's books: each language's single-page book ({@code templates/book.ftl}, its
 * ids and links made to work inside one file) and its PDF (openhtmltopdf, in parts put together
 * with PDFBox, both books at once, cached).
 */
package org.nodevspython.offline;
