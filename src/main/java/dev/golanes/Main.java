package dev.golanes;

import dev.golanes.cli.Cli;
import dev.golanes.cli.Command;
import dev.golanes.cli.CommandLine;
import dev.golanes.cli.UsageException;
import dev.golanes.i18n.Texts;
import dev.golanes.ui.GoLanesApp;
import java.util.Locale;

/** The {@code golanes} launcher: a command-line command, or the window when there is none. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // AWT only draws exported pictures off screen: headless, it never touches the display (or the macOS Dock).
        System.setProperty("java.awt.headless", "true");
        Locale asked = CommandLine.languageOf(args);
        Texts texts = Texts.forLocale(asked != null ? asked : Locale.getDefault());
        Command command;
        try {
            command = CommandLine.parse(texts, args);
        } catch (UsageException e) {
            System.err.println("golanes: " + e.getMessage() + " " + texts.format("cli.seeHelp"));
            System.exit(Cli.USAGE);
            return;
        }
        if (command instanceof Command.Window window) {
            GoLanesApp.open(window);
            return;
        }
        System.exit(new Cli(texts, System.out, System.err).execute(command));
    }
}
