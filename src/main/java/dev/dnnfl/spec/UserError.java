package dev.dnnfl.spec;

/**
 * A mistake in the user's input: a bad argument, an unreadable file, a wrong field value.
 *
 * <p>The message says where the problem is (file, JSON pointer, line) and what it is; the CLI
 * prints it as one line {@code dnnfl: <message>} and exits with code 2, without a stack trace.
 */
public final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }

    /** A problem with a field of a file: {@code file: /pointer: what}. */
    public static UserError atField(String file, String pointer, String what) {
        return new UserError((file == null ? "" : file + ": ") + pointer + ": " + what);
    }

    /** A problem at a line (and column) of a file. */
    public static UserError atLine(String file, long line, long column, String what) {
        return new UserError(file + ":" + line + (column > 0 ? ":" + column : "") + ": " + what);
    }

    /** A file that does not exist or cannot be read. */
    public static UserError missingFile(java.nio.file.Path path, String what) {
        return new UserError(path + ": " + what);
    }
}
