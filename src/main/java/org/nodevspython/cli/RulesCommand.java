package org.nodevspython.cli;

import java.util.concurrent.Callable;

import org.nodevspython.rules.RuleTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rules}: every rule of the strict build, with its message and its fix. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Lists every rule of the strict build: what it checks, the message it gives and how to fix it.")
final class RulesCommand implements Callable<Integer> {

    @Option(names = "--markdown", description = "Print the tables of the README's \"Build errors\" section instead.")
    boolean markdown;

    @Override
    public Integer call() {
        System.out.print(markdown ? RuleTable.markdown() : RuleTable.text());
        System.out.flush();
        return 0;
    }
}
