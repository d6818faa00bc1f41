package org.limber.catalog.rest.internal;

import java.util.List;
import java.util.Map;

import org.limber.catalog.api.PackFiles;
import org.limber.catalog.api.PackProblem;
import org.limber.rest.Problem;
import org.limber.rest.ProblemException;
import org.limber.rest.Reply;
import org.limber.rest.RestRequest;
import org.limber.rest.RestServlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import jakarta.servlet.Servlet;

/**
 * Pack files for administrators: {@code GET /api/v1/admin/packs} lists the files in {@code deploy/},
 * {@code POST /api/v1/admin/packs?file=name} drops the body in as that file (a bare pack is checked first and
 * refused with its problems), {@code DELETE /api/v1/admin/packs/{file}} removes one. What the loader makes of a
 * file shows in {@code GET /api/v1/packs}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/v1/admin/packs/*")
public class AdminPacksServlet extends RestServlet {
    private static final long serialVersionUID = 1L;
    private static final int MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

    @Activate
    public AdminPacksServlet(@Reference PackFiles files) {
        get("", request -> {
            requireAdministrator(request);
            return Reply.privateJson(Map.of("items", files.files()));
        });
        post("", request -> {
            requireAdministrator(request);
            String name = request.string("file", 200)
                    .orElseThrow(() -> ProblemException.badParameter("file", "name the pack file, e.g. my.pack.json"));
            byte[] body = request.readBytes(MAX_UPLOAD_BYTES);
            List<PackProblem> problems;
            try {
                problems = files.install(name, body);
            } catch (IllegalArgumentException e) {
                throw ProblemException.badParameter("file", e.getMessage());
            }
            if (!problems.isEmpty()) {
                throw new ProblemException(new Problem("urn:limber:problem:invalid-pack", "Invalid pack", 422,
                        "The pack was not installed: " + problems.size() + " problem(s), the first: "
                                + problems.get(0),
                        problems.stream().map(p -> new Problem.FieldError(null, p.pointer(), p.message())).toList()));
            }
            return new Reply(202, Map.of("file", name), null, Reply.Caching.NO_STORE);
        });
        delete("/{file}", request -> {
            requireAdministrator(request);
            String name = request.path("file");
            try {
                if (!files.remove(name)) {
                    throw ProblemException.notFound("Pack file", name);
                }
            } catch (IllegalArgumentException e) {
                throw ProblemException.notFound("Pack file", name);
            }
            return Reply.noContent();
        });
    }

    /** The web layer's filter already admits only administrators here; this keeps the servlet safe on its own. */
    private static void requireAdministrator(RestRequest request) {
        if (request.principal() == null) {
            throw ProblemException.status(401, "Sign-in required", "Sign in as an administrator to manage packs.");
        }
        if (!request.servletRequest().isUserInRole("admin")) {
            throw ProblemException.status(403, "Administrators only", "Only an administrator can manage packs.");
        }
    }
}
