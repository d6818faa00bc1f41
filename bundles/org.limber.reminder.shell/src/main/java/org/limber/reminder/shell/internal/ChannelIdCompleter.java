package org.limber.reminder.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.limber.reminder.api.spi.ReminderChannel;

/** Completes the ids of the installed reminder channels. */
@Service
public class ChannelIdCompleter implements Completer {
    @Reference(optional = true)
    List<ReminderChannel> channels;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        if (channels != null) {
            channels.forEach(channel -> ids.getStrings().add(channel.id()));
        }
        return ids.complete(session, commandLine, candidates);
    }
}
