package org.nodevspython.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.nodevspython.rules.RuleTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rules}: every rule of the strict build, with its message and its fix. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Lists every rule of the strict build: what it checks, the message it gives and how to fix it.")
final class RulesCommand implements Callable<Integer> {

    @ParentCommand
    SiteCommand site;

    @Option(names = "--markdown", description = "Print the tables of the README's \"Build errors\" section instead.")
    boolean markdown;

    @Option(names = "--write-readme", description = "Write the tables into README.md, between its rules:start and rules:end marks.")
    boolean writeReadme;

    @Override
    public Integer call() throws IOException {
        if (writeReadme) {
            Path readme = site.project().resolve("README.md");
            Files.writeString(readme, RuleTable.intoReadme(Files.readString(readme, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
            System.out.println("wrote the rules into " + readme);
            return 0;
        }
        System.out.print(markdown ? RuleTable.markdown() : RuleTable.text());
        System.out.flush();
        return 0;
    }
}
