package dev.dnnfl.benchmark;

/**
 * Where a benchmark run reports its progress: the number of steps (one diagnosis of one subject
 * with one seed), each step as it starts and ends, and notes such as a tool that crashed. The
 * command line shows it as a progress bar with the time left.
 */
public interface BenchmarkProgress {
    /** Progress that is not shown. */
    BenchmarkProgress SILENT = new BenchmarkProgress() {
        @Override
        public void start(int steps) {
        }

        @Override
        public void working(String what) {
        }

        @Override
        public void done() {
        }

        @Override
        public void note(String message) {
        }

        @Override
        public void finish() {
        }
    };

    /** The run has this many steps. */
    void start(int steps);

    /** A step starts: {@code what} names the subject and run, e.g. {@code M1 run 2/3}. */
    void working(String what);

    /** The current step ended. */
    void done();

    /** Something the user should know about, e.g. a tool that crashed on a subject. */
    void note(String message);

    /** The run ended. */
    void finish();
}
