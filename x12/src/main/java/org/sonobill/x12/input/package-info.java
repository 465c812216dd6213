/**
 * Opening X12 files before any transaction is read: text encoding (UTF-8 with or without byte-order mark, UTF-16
 * transcoded while streaming), the interchange header (ISA) and its delimiters, the version and transaction type
 * of the first functional group and transaction set (GS08, ST01, ST03), and the refusal of files SonoBill cannot
 * read (no envelope, a version other than 5010, a truncated or garbled ISA) with an {@link
 * org.sonobill.x12.input.X12InputException} that names the file and the place. Nothing here holds more than a
 * small look-ahead buffer, so a file of any size can be opened.
 */
package org.sonobill.x12.input;
