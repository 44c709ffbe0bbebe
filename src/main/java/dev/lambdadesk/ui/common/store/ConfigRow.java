package dev.lambdadesk.ui.common.store;

import java.util.List;

import dev.lambdadesk.core.CodeSigningConfigInfo;

/**
 * A configuration as the list shows it, with the functions that use it.
 *
 * @param functionArns the unqualified ARNs of the functions using it (ListFunctionsByCodeSigningConfig)
 */
public record ConfigRow(CodeSigningConfigInfo info, List<String> functionArns) {

    public ConfigRow {
        functionArns = List.copyOf(functionArns);
    }

    /** The function names, from their ARNs. */
    public List<String> functionNames() {
        return functionArns.stream().map(ConfigRow::nameOf).toList();
    }

    public static String nameOf(String functionArn) {
        int colon = functionArn.lastIndexOf(":function:");
        String rest = colon < 0 ? functionArn : functionArn.substring(colon + ":function:".length());
        int qualifier = rest.indexOf(':');
        return qualifier < 0 ? rest : rest.substring(0, qualifier);
    }
}
