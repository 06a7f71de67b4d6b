package dev.dnnfl.rules;

import dev.dnnfl.spec.UserError;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The compiled rule packs of one rules folder: the DRL files are read and compiled at run time,
 * once per process, so an edited threshold takes effect on the next run without a rebuild.
 *
 * <p>A DRL error is a {@link UserError} {@code rules/x.drl:LINE:COL: message}. The base is
 * immutable and thread-safe; each diagnosis opens its own {@link RuleSession}.
 */
public final class RuleBase {
    /** The environment variable naming dnnfl's home folder, whose {@code rules/} is the default. */
    public static final String HOME_VARIABLE = dev.dnnfl.spec.ProjectFolder.HOME_VARIABLE;

    private final KieBase kieBase;
    private final Map<String, Path> files;
    private final String sha256;
    private final long compileMillis;
    private final Set<String> globals;

    private RuleBase(KieBase kieBase, Map<String, Path> files, String sha256, long compileMillis) {
        this.kieBase = kieBase;
        this.files = files;
        this.sha256 = sha256;
        this.compileMillis = compileMillis;
        Set<String> g = new TreeSet<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Global global : p.getGlobalVariables()) g.add(global.getName());
        }
        this.globals = Set.copyOf(g);
    }

    /** The default rules folder: {@code rules/} under {@code $DNNFL_HOME}, else under the current directory. */
    public static Path defaultFolder() {
        return dev.dnnfl.spec.ProjectFolder.resolve("rules");
    }

    /**
     * Compiles every {@code *.drl} file of a folder (a pack whose file is absent is simply not
     * loaded); a folder without any rule file is a {@link UserError}.
     */
    public static RuleBase load(Path folder) {
        return load(folder, EnumSet.noneOf(RulePack.class), true);
    }

    /**
     * Compiles the DRL files of the given packs in a folder, plus every {@code *.drl} file that
     * belongs to no pack (shared declarations). A missing pack file is a {@link UserError}.
     */
    public static RuleBase load(Path folder, Collection<RulePack> packs) {
        return load(folder, packs, false);
    }

    private static RuleBase load(Path folder, Collection<RulePack> packs, boolean every) {
        if (!Files.isDirectory(folder)) {
            throw UserError.missingFile(folder, "rules folder not found (give one with --rules DIR)");
        }
        Set<String> packFiles = new TreeSet<>();
        for (RulePack p : RulePack.values()) packFiles.add(p.file());
        Map<String, Path> chosen = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            list.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().forEach(p -> {
                String name = p.getFileName().toString();
                boolean wanted = every || !packFiles.contains(name) || packs.stream().anyMatch(k -> k.file().equals(name));
                if (wanted) chosen.put(name, p);
            });
        } catch (IOException e) {
            throw new UserError(folder + ": cannot list the rules folder: " + e.getMessage(), e);
        }
        boolean noPackFile = packFiles.stream().noneMatch(f -> Files.isRegularFile(folder.resolve(f)));
        if ((every && chosen.isEmpty()) || (!packs.isEmpty() && noPackFile)) {
            // An empty (or wrong) folder would otherwise compile to a rule base that finds nothing.
            throw UserError.missingFile(folder, "holds none of the rule files "
                    + String.join(", ", RulePack.files()) + " (give the rules folder with --rules DIR)");
        }
        for (RulePack p : packs) {
            if (!chosen.containsKey(p.file())) {
                throw UserError.missingFile(folder.resolve(p.file()), "rule file not found");
            }
        }
        return compile(chosen);
    }

    private static RuleBase compile(Map<String, Path> files) {
        long start = System.nanoTime();
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (Map.Entry<String, Path> e : files.entrySet()) {
            try {
                contents.put(e.getKey(), Files.readAllBytes(e.getValue()));
            } catch (IOException ex) {
                throw new UserError(shown(e.getValue()) + ": cannot read the rule file: " + ex.getMessage(), ex);
            }
        }
        String sha = sha256(contents);
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        // A release id of its own per content, so that two rule bases in one JVM (a test with an
        // edited copy) never replace each other in Drools' process-wide repository.
        ReleaseId id = ks.newReleaseId("dev.dnnfl.rules", "pack-" + sha.substring(0, 16), "1.0.0");
        kfs.generateAndWritePomXML(id);
        for (Map.Entry<String, byte[]> e : contents.entrySet()) {
            kfs.write(ks.getResources().newByteArrayResource(e.getValue())
                    .setResourceType(ResourceType.DRL)
                    .setSourcePath("src/main/resources/" + packageFolder(e.getValue()) + e.getKey()));
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            Message m = errors.get(0);
            String file = m.getPath() == null ? "" : Path.of(m.getPath()).getFileName().toString();
            Path path = files.getOrDefault(file, Path.of(file));
            String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more error(s))" : "";
            long line = m.getLine();
            long column = m.getColumn();
            Matcher at = POSITION.matcher(m.getText());
            if (at.find()) {
                // MVEL constraint errors carry their exact position only in the text.
                line = Long.parseLong(at.group(1));
                column = Long.parseLong(at.group(2));
            }
            if (column <= 0 && line > 0) column = guessColumn(contents.get(file), (int) line, m.getText());
            throw UserError.atLine(shown(path), Math.max(line, 0), Math.max(column, 0), conciseText(m.getText()) + more);
        }
        KieContainer container = ks.newKieContainer(id);
        KieBase base = container.getKieBase();
        ks.getRepository().removeKieModule(id);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new RuleBase(base, java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(files)), sha, millis);
    }

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

    // Drools wants a file's folder to match its DRL package (it warns otherwise).
    private static String packageFolder(byte[] content) {
        Matcher m = PACKAGE.matcher(new String(content, StandardCharsets.UTF_8));
        return m.find() ? m.group(1).replace('.', '/') + "/" : "";
    }

    private static final Pattern POSITION = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)\\]");

    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

    /**
     * The column of an error Drools reports by line only: where the first fragment the message
     * quotes appears in that line, else the line's first non-blank character (1-based).
     */
    private static long guessColumn(byte[] content, int line, String message) {
        if (content == null) return 0;
        List<String> lines = new String(content, StandardCharsets.UTF_8).lines().toList();
        if (line > lines.size()) return 0;
        String text = lines.get(line - 1);
        Matcher q = QUOTED.matcher(message);
        while (q.find()) {
            int at = text.indexOf(q.group(1));
            if (at >= 0) return at + 1;
        }
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) first++;
        return first + 1;
    }

    /** Drools' error text on one line, without its ASCII-art pointer and repeated position. */
    private static String conciseText(String text) {
        String s = text.replaceAll("\\[Near : \\{.*?\\}\\]", " ")
                .replaceAll("\\[Line: \\d+, Column: \\d+\\]", " ")
                .replaceAll("\\[Error: (.*?)\\]", "$1")
                .replaceAll("(?m)^\\s*\\^\\s*$", " ")
                .replaceAll("\\s+", " ").trim();
        return s.replaceAll("\\s*:\\s*\\[Rule name='(.*)'\\]$", " (rule '$1')");
    }

    /** A path as the user should read it: relative to the current directory when under it. */
    static String shown(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    private static String sha256(Map<String, byte[]> contents) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String name : new TreeSet<>(contents.keySet())) {
                md.update(name.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(contents.get(name));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** A fresh session over these rules. */
    public RuleSession newSession() {
        return new RuleSession(kieBase.newKieSession(), globals, this::fileOfRule);
    }

    /** The rule file (as shown to the user) that declares rule {@code name}; "rules" when none is found. */
    private String fileOfRule(String name) {
        String declaration = "rule \"" + name + "\"";
        for (Path file : files.values()) {
            try {
                if (Files.readString(file, StandardCharsets.UTF_8).contains(declaration)) return shown(file);
            } catch (IOException e) {
                // the file changed or vanished since it was compiled: keep looking, the message still names the rule
                continue;
            }
        }
        return "rules";
    }

    /** The SHA-256 of the sorted (file name, content) pairs of every rule file compiled. */
    public String sha256() {
        return sha256;
    }

    /** The compiled files by name, sorted, e.g. {@code neuralint.drl}. */
    public Map<String, Path> files() {
        return files;
    }

    /** The names of the rules compiled, sorted. */
    public List<String> ruleNames() {
        List<String> names = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) p.getRules().forEach(r -> names.add(r.getName()));
        names.sort(null);
        return names;
    }

    /**
     * The thresholds of every pack: for each declared {@code *Limits} type (in a session where
     * only the start rules ran), its fields and their values in declaration order, keyed by the
     * type's simple name ({@code NeuralintLimits}).
     */
    public Map<String, Map<String, Object>> thresholds() {
        Map<String, Map<String, Object>> out = new java.util.TreeMap<>();
        org.kie.api.runtime.KieSession session = kieBase.newKieSession();
        try {
            if (globals.contains(TrainingStop.GLOBAL)) session.setGlobal(TrainingStop.GLOBAL, (TrainingStop) r -> { });
            session.fireAllRules();
            for (Object o : session.getObjects(x -> x.getClass().getSimpleName().endsWith("Limits"))) {
                Class<?> type = o.getClass();
                String pkg = type.getPackageName();
                org.kie.api.definition.type.FactType fact = kieBase.getFactType(pkg, type.getSimpleName());
                if (fact == null) continue;
                Map<String, Object> values = new LinkedHashMap<>();
                for (org.kie.api.definition.type.FactField f : fact.getFields()) values.put(f.getName(), fact.get(o, f.getName()));
                out.put(type.getSimpleName(), values);
            }
        } finally {
            session.dispose();
        }
        return out;
    }

    /**
     * The rules of each compiled DRL package with their {@code @fault} metadata ("" for none),
     * in natural order of their names ({@code NL R2} before {@code NL R12}).
     */
    public Map<String, Map<String, String>> rulesByPackage() {
        Map<String, Map<String, String>> out = new java.util.TreeMap<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            Map<String, String> rules = new java.util.TreeMap<>(RuleBase::naturalCompare);
            for (org.kie.api.definition.rule.Rule r : p.getRules()) {
                Object fault = r.getMetaData().get("fault");
                rules.put(r.getName(), fault == null ? "" : fault.toString().replace("\"", ""));
            }
            if (!rules.isEmpty()) out.put(p.getName(), rules);
        }
        return out;
    }

    // Compares digit runs by value, everything else by character: "R2" < "R12", "R4a" < "R4b".
    private static int naturalCompare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int ei = i;
                int ej = j;
                while (ei < a.length() && Character.isDigit(a.charAt(ei))) ei++;
                while (ej < b.length() && Character.isDigit(b.charAt(ej))) ej++;
                int c = new java.math.BigInteger(a.substring(i, ei)).compareTo(new java.math.BigInteger(b.substring(j, ej)));
                if (c != 0) return c;
                i = ei;
                j = ej;
            } else {
                if (x != y) return Character.compare(x, y);
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** How long reading and compiling took, in milliseconds. */
    public long compileMillis() {
        return compileMillis;
    }
}
