package dev.dnnfl.data;

import dev.dnnfl.spec.DatasetSpec;
import dev.dnnfl.spec.Subject;
import dev.dnnfl.spec.UserError;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The data stage's entry point: turns a subject's dataset specification into a {@link Dataset}.
 * It reads or generates the samples its {@code source} names, takes {@code train} and
 * {@code test} samples (a seeded random subset with {@code shuffle}, file order without), holds
 * out the last {@code validation} fraction of the training samples as Keras'
 * {@code validation_split} does, and applies the preprocessing steps in order.
 *
 * <p>Every random draw comes from {@code SplittableRandom}s split from the specification's seed,
 * so the same specification gives the same dataset. Every problem with the specification or the
 * files is a {@link UserError} naming the field or the file.
 */
public final class DatasetLoader {

    /** The sources that read files, besides {@code synthetic:*}. */
    public static final List<String> FILE_SOURCES = List.of("fashion-mnist", "idx", "csv", "arff", "npy");

    /** Where Fashion-MNIST is read from when the specification gives no {@code path} (Debian's package). */
    public static final Path FASHION_MNIST_HOME = FashionMnist.DEBIAN_HOME;

    /** The number of training samples a synthetic source generates when {@code train} is not positive. */
    public static final int DEFAULT_SYNTHETIC_TRAIN = 1000;

    private DatasetLoader() {
    }

    /**
     * The dataset of a subject, its labels checked against the subject's task. A problem with a
     * field of the specification names the subject file before the field's pointer.
     */
    public static Dataset load(Subject subject) {
        try {
            return load(subject.dataset(), subject.task());
        } catch (UserError e) {
            // Field errors are raised where only the specification is known: add the file here.
            if (subject.file() == null || !e.getMessage().startsWith("/dataset")) throw e;
            throw new UserError(subject.file() + ": " + e.getMessage(), e);
        }
    }

    /** The dataset a specification describes; labels of files are class ids when all are whole numbers >= 0. */
    public static Dataset load(DatasetSpec spec) {
        return load(spec, null);
    }

    /**
     * The dataset a specification describes for a task ({@code classification}, {@code regression},
     * or null to infer it from the labels); Fashion-MNIST is looked for in Debian's folder unless
     * {@code path} is given.
     */
    public static Dataset load(DatasetSpec spec, String task) {
        return load(spec, task, FashionMnist.DEBIAN_HOME);
    }

    /** As {@link #load(DatasetSpec, String)}, with Fashion-MNIST's default folder given. */
    public static Dataset load(DatasetSpec spec, String task, Path fashionMnistHome) {
        if (spec.test() < 0) {
            throw UserError.atField(null, "/dataset/test", "must be >= 0, found " + spec.test());
        }
        if (!(spec.validation() >= 0 && spec.validation() < 1)) {
            throw UserError.atField(null, "/dataset/validation", "must be a fraction in [0, 1), found "
                    + spec.validation());
        }
        if (task != null && !task.equals("classification") && !task.equals("regression")) {
            throw new IllegalArgumentException("task must be classification or regression, found " + task);
        }
        if ("classification".equals(task) && "synthetic:regression".equals(spec.source())) {
            throw UserError.atField(null, "/dataset/source", "synthetic:regression gives regression targets, "
                    + "but the task is classification (use a classification source or task regression)");
        }
        Preprocessing preprocessing = Preprocessing.of(spec.preprocessing());
        SplittableRandom root = new SplittableRandom(spec.seed());
        SplittableRandom generation = root.split();
        SplittableRandom order = root.split();
        SplitSamples drawn = draw(spec, task, fashionMnistHome, generation, order);
        Samples train = reshape(spec, drawn.train());
        Samples test = reshape(spec, drawn.test());
        if ("regression".equals(task) && train.classes() > 0) {
            train = train.withLabels(train.labels(), 0);
            test = test.withLabels(test.labels(), 0);
        }
        SplitSamples held = SplitSamples.holdOut(train, spec.validation(), test);
        if (held.train().size() == 0) {
            throw UserError.atField(null, "/dataset/validation", "holding out " + spec.validation() + " of "
                    + train.size() + " training samples leaves none to train on");
        }
        SplitSamples done = preprocessing.apply(held);
        return new Dataset(name(spec), done.train().toSplit(), done.validation().toSplit(), done.test().toSplit(),
                done.train().sampleShape(), train.classes());
    }

    private static SplitSamples draw(DatasetSpec spec, String task, Path fashionMnistHome,
                                     SplittableRandom generation, SplittableRandom order) {
        if (spec.source() == null || spec.source().isBlank()) {
            throw UserError.atField(null, "/dataset/source", "missing (expected synthetic:<kind> or one of: "
                    + String.join(", ", FILE_SOURCES) + ")");
        }
        if (spec.isSynthetic()) {
            SyntheticGenerator generator = SyntheticGenerator.of(spec);
            int train = spec.train() > 0 ? spec.train() : DEFAULT_SYNTHETIC_TRAIN;
            Samples pool = generator.generate(train + spec.test(), generation);
            return fromPool(pool, spec, train, spec.source(), order);
        }
        return switch (spec.source()) {
            case "fashion-mnist" -> {
                FashionMnist folder = spec.path() == null || spec.path().isBlank()
                        ? new FashionMnist(fashionMnistHome, false) : new FashionMnist(resolve(spec, spec.path()), true);
                IdxSource trainFiles = folder.trainFiles();
                IdxSource testFiles = folder.testFiles();
                int train = spec.train() > 0 ? spec.train() : trainFiles.samples();
                SampleSelection fromTrain = SampleSelection.choose(trainFiles.samples(), train, 0, spec.shuffle(),
                        order.split(), trainFiles.images().path().toString());
                SampleSelection fromTest = SampleSelection.choose(testFiles.samples(), 0, spec.test(), spec.shuffle(),
                        order.split(), testFiles.images().path().toString());
                yield new SplitSamples(trainFiles.read(fromTrain.train(), task), null,
                        testFiles.read(fromTest.test(), task));
            }
            case "idx" -> {
                IdxSource files = IdxSource.open(resolve(spec, required(spec.path(), "path")),
                        resolve(spec, required(spec.labels(), "labels")));
                int train = trainCount(spec, files.samples());
                SampleSelection chosen = SampleSelection.choose(files.samples(), train, spec.test(), spec.shuffle(),
                        order, files.images().path().toString());
                yield new SplitSamples(files.read(chosen.train(), task), null, files.read(chosen.test(), task));
            }
            case "csv" -> {
                Path file = resolve(spec, required(spec.path(), "path"));
                Samples pool = new CsvSource(file, spec.labelColumn(), spec.featureColumns()).read(task);
                yield fromPool(pool, spec, trainCount(spec, pool.size()), file.toString(), order);
            }
            case "arff" -> {
                Path file = resolve(spec, required(spec.path(), "path"));
                Samples pool = new ArffSource(file, spec.labelColumn(), spec.featureColumns()).read(task);
                yield fromPool(pool, spec, trainCount(spec, pool.size()), file.toString(), order);
            }
            case "npy" -> {
                Path file = resolve(spec, required(spec.path(), "path"));
                Samples pool = new NpySource(file, resolve(spec, required(spec.labels(), "labels"))).read(task);
                yield fromPool(pool, spec, trainCount(spec, pool.size()), file.toString(), order);
            }
            default -> throw UserError.atField(null, "/dataset/source", "unknown source '" + spec.source()
                    + "' (expected synthetic:<" + String.join("|", SyntheticGenerator.KINDS) + "> or one of: "
                    + String.join(", ", FILE_SOURCES) + ")");
        };
    }

    private static SplitSamples fromPool(Samples pool, DatasetSpec spec, int train, String origin,
                                         SplittableRandom order) {
        SampleSelection chosen = SampleSelection.choose(pool.size(), train, spec.test(), spec.shuffle(), order, origin);
        return new SplitSamples(pool.select(chosen.train()), null, pool.select(chosen.test()));
    }

    /** Training samples of a file: {@code train}, or all the samples the test set leaves when not positive. */
    private static int trainCount(DatasetSpec spec, int pool) {
        return spec.train() > 0 ? spec.train() : Math.max(0, pool - spec.test());
    }

    private static Samples reshape(DatasetSpec spec, Samples samples) {
        if (spec.shape().isEmpty() || spec.isSynthetic() || spec.shape().equals(samples.sampleShape())) {
            return samples;
        }
        if (spec.shape().stream().anyMatch(d -> d <= 0) || Samples.width(spec.shape()) != samples.width()) {
            throw UserError.atField(null, "/dataset/shape", "cannot reshape samples of shape " + samples.sampleShape()
                    + " (" + samples.width() + " values) to " + spec.shape());
        }
        return samples.reshaped(spec.shape());
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw UserError.atField(null, "/dataset/" + field, "missing (this source reads a file)");
        }
        return value;
    }

    private static Path resolve(DatasetSpec spec, String path) {
        Path p = Path.of(path);
        return p.isAbsolute() || spec.baseDir() == null ? p : spec.baseDir().resolve(p);
    }

    private static String name(DatasetSpec spec) {
        if (spec.isSynthetic() || spec.path() == null || spec.path().isBlank()) {
            return spec.source();
        }
        return spec.source() + ":" + Path.of(spec.path()).getFileName();
    }
}
