package org.safetyportal.content.education.lessons;

/**
 * A mistake in an education seed file, named by file and line so that whoever writes the content can
 * find it: the portal refuses to start with it rather than publish half a lesson.
 */
public class SeedFormatException extends IllegalStateException {

    private final String file;
    private final int line;
    private final String problemKey;
    private final Object[] problemArguments;

    public SeedFormatException(String file, int line, String problem) {
        this(file, line, problem, null);
    }

    /** A problem also said by a message key, so that an editor drafting in the portal reads it in their language. */
    SeedFormatException(String file, int line, String problem, String problemKey, Object... problemArguments) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.problemKey = problemKey;
        this.problemArguments = problemArguments.clone();
    }

    public String file() {
        return file;
    }

    /** The problem in the editor's words: its message key ({@code education.bank.problem.*}) and arguments. */
    DraftProblem asDraftProblem(DraftProblem.Field field) {
        return new DraftProblem(field, line, problemKey == null ? "education.draft.problem.format" : problemKey,
                problemKey == null ? new Object[] {getMessage()} : problemArguments.clone());
    }

    /** The line the problem is on, counted from 1; 0 when it concerns the file as a whole. */
    public int line() {
        return line;
    }
}
