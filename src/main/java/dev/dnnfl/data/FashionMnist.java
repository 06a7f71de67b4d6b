package dev.dnnfl.data;

import dev.dnnfl.spec.UserError;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The Fashion-MNIST files in a folder: {@code train-images-idx3-ubyte}, {@code train-labels-idx1-ubyte},
 * {@code t10k-images-idx3-ubyte} and {@code t10k-labels-idx1-ubyte}, each plain or with
 * {@code .gz}, as Debian's package {@code dataset-fashion-mnist} installs them under
 * {@link #DEBIAN_HOME}. MNIST's files have the same names, so a folder of MNIST works too.
 */
record FashionMnist(Path folder, boolean given) {

    /** Where Debian's {@code dataset-fashion-mnist} installs the files. */
    static final Path DEBIAN_HOME = Path.of("/usr/share/datasets/fashion-mnist");

    static final List<String> FILES = List.of("train-images-idx3-ubyte", "train-labels-idx1-ubyte",
            "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte");

    /** The training pool (60,000 samples in Fashion-MNIST). */
    IdxSource trainFiles() {
        return IdxSource.open(file(FILES.get(0)), file(FILES.get(1)));
    }

    /** The test pool (10,000 samples in Fashion-MNIST). */
    IdxSource testFiles() {
        return IdxSource.open(file(FILES.get(2)), file(FILES.get(3)));
    }

    private Path file(String name) {
        Optional<Path> found = List.of(folder.resolve(name), folder.resolve(name + ".gz")).stream()
                .filter(Files::isRegularFile).findFirst();
        return found.orElseThrow(() -> new UserError(folder + ": no Fashion-MNIST file " + name + "[.gz]"
                + (given ? " in the folder given as /dataset/path" : "")
                + "; install it with: sudo apt-get install dataset-fashion-mnist"
                + (given ? "" : " (or give a folder holding " + String.join(", ", FILES) + " as /dataset/path)")));
    }
}
