package dev.dnnfl.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dnnfl.rules.RuleBase;
import dev.dnnfl.spec.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code dnnfl rules}: compiles a rules folder and lists its rules and thresholds. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        header = "Check the rule files and list their rules and thresholds.",
        description = {"Compiles every rule file of the rules folder (a broken file is reported as "
                + "FILE:LINE:COL with exit code 2) and prints each pack's thresholds (its *Limits declaration, "
                + "with the values in force) and its rules with the fault type they localise."})
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rules folder (default: rules/ under $DNNFL_HOME, else under the current directory).")
    Path rules;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UserError("--format: unknown format '" + format + "' (expected one of: text, json)");
        }
        Path folder = rules == null ? RuleBase.defaultFolder() : rules;
        RuleBase base = RuleBase.load(folder);
        Map<String, Map<String, Object>> limits = base.thresholds();
        Map<String, Map<String, String>> byPackage = base.rulesByPackage();
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode root = json.createObjectNode();
            root.set("files", json.valueToTree(base.files().keySet()));
            root.put("rulesSha256", base.sha256());
            root.put("compileMillis", base.compileMillis());
            root.set("thresholds", json.valueToTree(limits));
            root.set("rules", json.valueToTree(byPackage));
            try {
                out.println(json.writeValueAsString(root));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot render the rules as JSON", e);
            }
        } else {
            out.println("Rules in " + folder + ": " + String.join(", ", base.files().keySet()) + " (compiled in "
                    + base.compileMillis() + " ms, sha256 " + base.sha256().substring(0, 12) + ")");
            limits.forEach((type, values) -> {
                out.println();
                out.println(type + ":");
                values.forEach((k, v) -> out.println("  " + k + " = " + v));
            });
            byPackage.forEach((pkg, named) -> {
                out.println();
                out.println(pkg + " (" + named.size() + " rules):");
                named.forEach((name, fault) -> out.println("  " + (fault.isEmpty() ? "-  " : fault) + "  " + name));
            });
        }
        out.flush();
        return 0;
    }
}
