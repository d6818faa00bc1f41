package org.limber.account.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request refused before its body was read leaves the connection usable: the refused body is read and dropped, so
 * the next request on the same keep-alive connection is answered (a client pool reuses connections like this).
 */
class RefusedBodiesTest {
    @TempDir
    Path folder;

    @Test
    void theNextRequestOnTheConnectionIsAnsweredAfterACrossOriginRefusal() throws Exception {
        try (ApiServer server = new ApiServer(folder);
             Socket socket = new Socket(server.base.getHost(), server.base.getPort())) {
            socket.setSoTimeout(20_000);
            String body = "{\"username\":\"someone\",\"password\":\"" + "x".repeat(20_000) + "\"}";
            String host = server.base.getHost() + ":" + server.base.getPort();
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/auth/login HTTP/1.1\r\nHost: " + host + "\r\nOrigin: https://elsewhere.example"
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // The body follows the headers in a later packet, as it does from a real client: the server must not
            // answer and drop the connection before it arrives.
            out.write((body + "GET /api/v1/auth/session HTTP/1.1\r\nHost: " + host + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();

            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            assertEquals("HTTP/1.1 403 Forbidden", in.readLine());
            skipBody(in);
            String second = in.readLine();
            assertTrue(second != null && second.startsWith("HTTP/1.1 200"), "second answer: " + second);
        }
    }

    /** Reads headers and a Content-Length body. */
    private static void skipBody(BufferedReader in) throws Exception {
        int length = 0;
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).strip());
            }
        }
        assertEquals(length, in.skip(length));
    }
}
