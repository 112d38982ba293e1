package io.capbrief.job;

/** The default manifest finds nothing to brief: the landing zone is empty and no entry is fetched. */
public class NoSourceFilesException extends IllegalStateException {

    public NoSourceFilesException(String message) {
        super(message);
    }
}
