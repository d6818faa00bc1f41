package org.limber.pack.loader.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.url.AbstractURLStreamHandlerService;
import org.osgi.service.url.URLConstants;
import org.osgi.service.url.URLStreamHandlerService;

/** The {@code limberpack:} URL scheme: {@code limberpack:file:/…/x.pack.json} reads as a bundle wrapping that file. */
@Component(service = URLStreamHandlerService.class, configurationPid = PackLoaderConfig.PID,
        property = URLConstants.URL_HANDLER_PROTOCOL + "=" + PackFileUrlHandler.PROTOCOL)
public class PackFileUrlHandler extends AbstractURLStreamHandlerService {
    static final String PROTOCOL = "limberpack";

    private final int maxPackBytes;

    @Activate
    public PackFileUrlHandler(PackLoaderConfig config) {
        this.maxPackBytes = config.maxPackBytes();
    }

    @Override
    public URLConnection openConnection(URL url) throws IOException {
        URL file = new URL(url.getPath());
        return new URLConnection(url) {
            @Override
            public void connect() {
            }

            @Override
            public InputStream getInputStream() throws IOException {
                String path = file.getPath();
                String name = path.substring(path.lastIndexOf('/') + 1);
                try (InputStream in = file.openStream()) {
                    return new ByteArrayInputStream(PackFileBundler.wrap(name, in, maxPackBytes));
                }
            }
        };
    }
}
