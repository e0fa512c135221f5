package id.sigap.audit.internal;

/** Ends the process with an exit code; a seam so that command tests do not stop the test JVM. */
@FunctionalInterface
interface ProcessExit {

    void exit(int code);
}
