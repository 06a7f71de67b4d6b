package dev.dnnfl.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Keras vocabulary of a subject: the canonical names (and aliases) of tasks, layer types,
 * activations, initialisers, losses, optimisers, paddings, dataset sources and preprocessing
 * steps, with Keras' default values for every layer field and optimiser parameter.
 *
 * <p>Defaults are those of Keras 2.4 / TF 2.3, with two deliberate exceptions taken from the
 * standalone Keras the study's subjects were written for: Adadelta's learning rate is 1.0 (TF 2.3:
 * 0.001) and Adamax's is 0.002 (TF 2.3: 0.001). Stages that map the vocabulary onto DL4J read it
 * from here, so a name is spelt and defaulted in one place.
 */
public final class Vocabulary {
    private Vocabulary() {
    }

    /** Tasks a subject can have. */
    public static final KerasNames TASKS = KerasNames.of("task", "classification", "regression");

    /** Keras layer types. */
    public static final KerasNames LAYER_TYPES = KerasNames.of("layer type",
            "dense", "conv2d", "max_pooling2d", "average_pooling2d", "flatten", "dropout",
            "batch_normalization", "activation")
            .withAliases("conv_2d", "conv2d", "convolution2d", "conv2d",
                    "max_pool2d", "max_pooling2d", "maxpooling2d", "max_pooling2d", "max_pool_2d", "max_pooling2d",
                    "average_pool2d", "average_pooling2d", "averagepooling2d", "average_pooling2d",
                    "avg_pool2d", "average_pooling2d",
                    "batchnormalization", "batch_normalization", "batch_norm", "batch_normalization");

    /** Keras activation functions (also the values of an {@code activation} layer). */
    public static final KerasNames ACTIVATIONS = KerasNames.of("activation",
            "relu", "sigmoid", "tanh", "softmax", "elu", "selu", "softplus", "softsign", "linear",
            "hard_sigmoid", "exponential", "swish")
            .withAliases("none", "linear", "identity", "linear", "hardsigmoid", "hard_sigmoid");

    /**
     * The activations the study's mutation operator draws from (table 2): every activation but
     * {@code swish}, which Keras 2.4 added after the study's subjects were written.
     */
    public static final List<String> MUTATION_ACTIVATIONS = List.of("relu", "sigmoid", "tanh", "softmax",
            "elu", "selu", "softplus", "softsign", "linear", "hard_sigmoid", "exponential");

    /** Keras initialisers (kernel and bias). */
    public static final KerasNames INITIALIZERS = KerasNames.of("initializer",
            "zeros", "ones", "constant", "random_normal", "random_uniform", "truncated_normal",
            "orthogonal", "identity", "lecun_uniform", "lecun_normal", "glorot_uniform", "glorot_normal",
            "he_uniform", "he_normal", "variance_scaling")
            .withAliases("zero", "zeros", "one", "ones", "normal", "random_normal", "uniform", "random_uniform",
                    "xavier_uniform", "glorot_uniform", "xavier_normal", "glorot_normal",
                    "le_cun_uniform", "lecun_uniform", "le_cun_normal", "lecun_normal");

    /** The initialisers the study's mutation operator draws from (table 2). */
    public static final List<String> MUTATION_INITIALIZERS = List.of("glorot_uniform", "glorot_normal",
            "he_uniform", "he_normal", "lecun_uniform", "lecun_normal", "zeros", "ones",
            "random_normal", "random_uniform");

    /** Keras losses, by their function names, with Keras' short aliases. */
    public static final KerasNames LOSSES = KerasNames.of("loss",
            "mean_squared_error", "mean_absolute_error", "mean_absolute_percentage_error",
            "mean_squared_logarithmic_error", "kullback_leibler_divergence", "log_cosh", "huber",
            "hinge", "squared_hinge", "categorical_hinge", "categorical_crossentropy",
            "sparse_categorical_crossentropy", "binary_crossentropy", "poisson", "cosine_similarity")
            .withAliases("mse", "mean_squared_error", "mae", "mean_absolute_error",
                    "mape", "mean_absolute_percentage_error", "msle", "mean_squared_logarithmic_error",
                    "kld", "kullback_leibler_divergence", "kl_divergence", "kullback_leibler_divergence",
                    "logcosh", "log_cosh", "huber_loss", "huber",
                    "categorical_cross_entropy", "categorical_crossentropy",
                    "binary_cross_entropy", "binary_crossentropy",
                    "sparse_categorical_cross_entropy", "sparse_categorical_crossentropy");

    /** Losses that make sense for a classification subject (the loss mutation draws from these). */
    public static final List<String> CLASSIFICATION_LOSSES = List.of("categorical_crossentropy",
            "sparse_categorical_crossentropy", "binary_crossentropy", "kullback_leibler_divergence",
            "hinge", "squared_hinge", "categorical_hinge", "poisson", "mean_squared_error");

    /** Losses that make sense for a regression subject (the loss mutation draws from these). */
    public static final List<String> REGRESSION_LOSSES = List.of("mean_squared_error", "mean_absolute_error",
            "mean_absolute_percentage_error", "mean_squared_logarithmic_error", "log_cosh", "huber",
            "poisson", "cosine_similarity");

    /** Keras optimisers. */
    public static final KerasNames OPTIMIZERS = KerasNames.of("optimizer",
            "sgd", "rmsprop", "adagrad", "adadelta", "adam", "adamax", "nadam")
            .withAliases("rms_prop", "rmsprop", "ada_grad", "adagrad", "ada_delta", "adadelta");

    /** Keras convolution and pooling paddings. */
    public static final KerasNames PADDINGS = KerasNames.of("padding", "valid", "same");

    /** Dataset sources: generated ones and file formats (see {@link DatasetSpec}). */
    public static final KerasNames DATASET_SOURCES = KerasNames.of("dataset source",
            "synthetic:circles", "synthetic:blobs", "synthetic:spirals", "synthetic:topics",
            "synthetic:textures", "synthetic:regression", "fashion-mnist", "idx", "csv", "arff", "npy")
            .withAliases("fashion_mnist", "fashion-mnist", "fashionmnist", "fashion-mnist");

    /** Sources read from files, which need a {@code path} ({@code fashion-mnist} has a default folder). */
    public static final Set<String> FILE_SOURCES = Set.of("idx", "csv", "arff", "npy");

    /**
     * The numeric parameters each synthetic source takes (the data stage's generators read them
     * and check their ranges): {@code classes}, {@code features} (input width), {@code noise},
     * {@code factor} (circles: inner radius), {@code turns} (spirals), {@code words}, {@code keywords}, {@code imbalance}, {@code counts}
     * (topics), {@code nonlinear} (regression). Image sizes go in the dataset's {@code shape}.
     */
    public static final Map<String, List<String>> SYNTHETIC_PARAMETERS = Map.of(
            "synthetic:circles", List.of("classes", "features", "noise", "factor"),
            "synthetic:blobs", List.of("classes", "features", "noise"),
            "synthetic:spirals", List.of("classes", "features", "noise", "turns"),
            "synthetic:topics", List.of("classes", "features", "words", "keywords", "noise", "imbalance", "counts"),
            "synthetic:textures", List.of("classes", "noise"),
            "synthetic:regression", List.of("features", "noise", "nonlinear"));

    /** Every generator parameter, in the order the canonical JSON writes them. */
    public static final List<String> DATASET_PARAMETERS = List.of("classes", "features", "noise", "factor", "turns", "words",
            "keywords", "imbalance", "counts", "nonlinear");

    /** Generator parameters that are whole numbers ({@code counts} and {@code nonlinear} are 0 or 1 switches). */
    public static final Set<String> INTEGER_DATASET_PARAMETERS = Set.of("classes", "features", "words", "keywords",
            "counts", "nonlinear");

    /**
     * Preprocessing steps: the catalogue of {@link PreprocessingOp} (one list for the validator and
     * the data stage), with a few common spellings as aliases.
     */
    public static final KerasNames PREPROCESSING = KerasNames.of("preprocessing step",
            PreprocessingOp.NAMES.toArray(String[]::new))
            .withAliases("standardise", "standardize", "rescale", "scale", "floor", "truncate",
                    "onehot", "one_hot", "to_categorical", "one_hot");

    /** Preprocessing steps that need a {@code factor}. */
    public static final Set<String> PREPROCESSING_WITH_FACTOR = java.util.Arrays.stream(PreprocessingOp.values())
            .filter(PreprocessingOp::takesFactor).map(PreprocessingOp::spelling)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** What a preprocessing step applies to: inputs or labels. */
    public static final KerasNames PREPROCESSING_TARGETS = KerasNames.of("preprocessing target",
            PreprocessingOp.TARGETS.toArray(String[]::new));

    /** Which split a preprocessing step applies to. */
    public static final KerasNames SPLITS = KerasNames.of("split", PreprocessingOp.SPLITS.toArray(String[]::new));

    /** The layer types that own an activation field (an {@code activation} layer requires it). */
    public static final Set<String> TYPES_WITH_ACTIVATION = Set.of("dense", "conv2d", "activation");

    /** The layer types with weights, bias and initialisers in the subject's vocabulary. */
    public static final Set<String> TYPES_WITH_KERNEL = Set.of("dense", "conv2d");

    /**
     * The fields each layer type accepts, in the order the canonical JSON writes them; every
     * type also has {@code type}.
     */
    public static final Map<String, List<String>> LAYER_FIELDS = layerFields();

    /** The fields each layer type requires (Keras has no default for them). */
    public static final Map<String, List<String>> REQUIRED_LAYER_FIELDS = Map.of(
            "dense", List.of("units"),
            "conv2d", List.of("filters", "kernel"),
            "max_pooling2d", List.of(),
            "average_pooling2d", List.of(),
            "flatten", List.of(),
            "dropout", List.of("rate"),
            "batch_normalization", List.of(),
            "activation", List.of("activation"));

    /** Keras' default activation of a dense or conv2d layer (no activation: identity). */
    public static final String DEFAULT_ACTIVATION = "linear";
    /** Keras' default kernel initialiser of dense and conv2d layers. */
    public static final String DEFAULT_KERNEL_INITIALIZER = "glorot_uniform";
    /** Keras' default bias initialiser of dense and conv2d layers. */
    public static final String DEFAULT_BIAS_INITIALIZER = "zeros";
    /** Keras' default {@code use_bias}. */
    public static final boolean DEFAULT_USE_BIAS = true;
    /** Keras' default padding of conv2d and pooling layers. */
    public static final String DEFAULT_PADDING = "valid";
    /** Keras' default convolution strides. */
    public static final List<Integer> DEFAULT_CONV_STRIDES = List.of(1, 1);
    /** Keras' default pool size; pooling strides default to the pool size. */
    public static final List<Integer> DEFAULT_POOL = List.of(2, 2);

    /** Keras' {@code fit} default batch size. */
    public static final int DEFAULT_BATCH_SIZE = 32;
    /** Keras' {@code fit} default number of epochs. */
    public static final int DEFAULT_EPOCHS = 1;
    /** Keras' {@code validation_split} as the subject's default (the architecture's choice). */
    public static final double DEFAULT_VALIDATION = 0.1;
    /** Default generator seed when a dataset names none. */
    public static final long DEFAULT_DATASET_SEED = 1;

    /** Keras' default learning rate of each optimiser. */
    public static final Map<String, Double> DEFAULT_LEARNING_RATES = Map.of(
            "sgd", 0.01,
            "rmsprop", 0.001,
            "adagrad", 0.001,
            "adadelta", 1.0,
            "adam", 0.001,
            "adamax", 0.002,
            "nadam", 0.001);

    /**
     * Each optimiser's own parameters, in Keras' names, with Keras' defaults. Booleans
     * ({@code nesterov}, {@code amsgrad}, {@code centered}) are {@code 1.0} or {@code 0.0};
     * {@code decay} is Keras' legacy learning-rate decay.
     */
    public static final Map<String, Map<String, Double>> OPTIMIZER_DEFAULTS = optimizerDefaults();

    /** Optimiser parameters that are booleans in Keras (stored as 1.0 or 0.0). */
    public static final Set<String> BOOLEAN_OPTIMIZER_PARAMETERS = Set.of("nesterov", "amsgrad", "centered");

    /**
     * Each initialiser's parameters, in Keras' names, with Keras' defaults
     * ({@code RandomNormal(mean=0, stddev=0.05)}, …); initialisers without parameters map to
     * an empty map.
     */
    public static final Map<String, Map<String, Double>> INITIALIZER_DEFAULTS = initializerDefaults();

    /** Keras' default learning rate of an optimiser given by its canonical name. */
    public static double defaultLearningRate(String optimizer) {
        Double lr = DEFAULT_LEARNING_RATES.get(optimizer);
        if (lr == null) throw new IllegalArgumentException("not a canonical optimizer: '" + optimizer + "'");
        return lr;
    }

    /**
     * The Keras name of the {@code n}-th layer (0-based count) of a type in a model:
     * {@code dense}, {@code dense_1}, {@code dense_2}, ….
     */
    public static String kerasLayerName(String type, int nthOfType) {
        return nthOfType == 0 ? type : type + "_" + nthOfType;
    }

    private static Map<String, List<String>> layerFields() {
        List<String> weighted = List.of("activation", "use_bias", "kernel_initializer", "bias_initializer",
                "kernel_regularizer");
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("dense", concat(List.of("type", "units"), weighted));
        m.put("conv2d", concat(List.of("type", "filters", "kernel", "strides", "padding"), weighted));
        m.put("max_pooling2d", List.of("type", "pool", "strides", "padding"));
        m.put("average_pooling2d", List.of("type", "pool", "strides", "padding"));
        m.put("flatten", List.of("type"));
        m.put("dropout", List.of("type", "rate"));
        m.put("batch_normalization", List.of("type"));
        m.put("activation", List.of("type", "activation"));
        return java.util.Collections.unmodifiableMap(m);
    }

    private static Map<String, Map<String, Double>> optimizerDefaults() {
        Map<String, Map<String, Double>> m = new LinkedHashMap<>();
        m.put("sgd", ordered("momentum", 0.0, "nesterov", 0.0, "decay", 0.0));
        m.put("rmsprop", ordered("rho", 0.9, "momentum", 0.0, "epsilon", 1e-7, "centered", 0.0, "decay", 0.0));
        m.put("adagrad", ordered("initial_accumulator_value", 0.1, "epsilon", 1e-7, "decay", 0.0));
        m.put("adadelta", ordered("rho", 0.95, "epsilon", 1e-7, "decay", 0.0));
        m.put("adam", ordered("beta_1", 0.9, "beta_2", 0.999, "epsilon", 1e-7, "amsgrad", 0.0, "decay", 0.0));
        m.put("adamax", ordered("beta_1", 0.9, "beta_2", 0.999, "epsilon", 1e-7, "decay", 0.0));
        m.put("nadam", ordered("beta_1", 0.9, "beta_2", 0.999, "epsilon", 1e-7, "decay", 0.0));
        return java.util.Collections.unmodifiableMap(m);
    }

    private static Map<String, Map<String, Double>> initializerDefaults() {
        Map<String, Map<String, Double>> m = new LinkedHashMap<>();
        for (String name : INITIALIZERS.canonical()) m.put(name, Map.of());
        m.put("constant", ordered("value", 0.0));
        m.put("random_normal", ordered("mean", 0.0, "stddev", 0.05));
        m.put("random_uniform", ordered("minval", -0.05, "maxval", 0.05));
        m.put("truncated_normal", ordered("mean", 0.0, "stddev", 0.05));
        m.put("orthogonal", ordered("gain", 1.0));
        m.put("identity", ordered("gain", 1.0));
        // Keras' VarianceScaling(scale=1, mode='fan_in', distribution='truncated_normal'); the
        // mode and distribution are not numbers, so only the scale is a parameter here.
        m.put("variance_scaling", ordered("scale", 1.0));
        return java.util.Collections.unmodifiableMap(m);
    }

    private static Map<String, Double> ordered(Object... pairs) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put((String) pairs[i], (Double) pairs[i + 1]);
        return java.util.Collections.unmodifiableMap(m);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
