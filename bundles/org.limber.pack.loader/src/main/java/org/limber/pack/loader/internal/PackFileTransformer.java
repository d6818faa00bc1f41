package org.limber.pack.loader.internal;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;

import org.apache.felix.fileinstall.ArtifactUrlTransformer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.url.URLStreamHandlerService;

/**
 * Lets FileInstall deploy bare {@code *.pack.json} files from {@code deploy/}: it decides by file name alone (cheap,
 * and a file that does not even parse is still wrapped and then reported), and hands back a {@code limberpack:} URL.
 */
@Component(service = ArtifactUrlTransformer.class)
public class PackFileTransformer implements ArtifactUrlTransformer {

    @Activate
    public PackFileTransformer(@Reference(target = "(url.handler.protocol=" + PackFileUrlHandler.PROTOCOL + ")")
                               URLStreamHandlerService handler) {
        // The reference only orders start-up: limberpack: URLs must be openable before FileInstall is told of them.
    }

    @Override
    public boolean canHandle(File artifact) {
        return artifact.getName().endsWith(PackFileBundler.SUFFIX);
    }

    @Override
    public URL transform(URL artifact) throws MalformedURLException {
        return new URL(PackFileUrlHandler.PROTOCOL, null, artifact.toExternalForm());
    }
}
