package org.safetyportal.content.lists;

import org.safetyportal.content.ValidationException;

/**
 * Something wrong in an uploaded workbook: the row as Excel numbers it, the column letter and the
 * field it holds (null when the problem is the whole sheet), and why, as a translatable message.
 */
public record SheetProblem(int row, String column, String field, ValidationException reason) {
}
