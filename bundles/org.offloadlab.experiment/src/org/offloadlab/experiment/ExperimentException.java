package org.offloadlab.experiment;

/** The experiment cannot be run as described: a missing part, a bad value or a setting this release lacks. */
public final class ExperimentException extends Exception {

    private static final long serialVersionUID = 1L;

    public ExperimentException(String message) {
        super(message);
    }

    public ExperimentException(String message, Throwable cause) {
        super(message, cause);
    }
}
