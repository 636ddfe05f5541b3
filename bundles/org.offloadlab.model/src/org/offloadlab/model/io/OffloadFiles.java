package org.offloadlab.model.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.offloadlab.model.Experiment;
import org.offloadlab.model.OffloadPackage;
import org.offloadlab.model.Results;

/**
 * Reads and writes experiments ({@code *.offload}) and results as XMI. Reading is defensive: the file is read once,
 * read-only, into memory (bounded), DOCTYPEs and external entities are refused (XXE), unknown elements and attributes
 * are errors rather than silently dropped, and references that leave the file are refused. Writing is atomic
 * ({@link AtomicFile}).
 */
public final class OffloadFiles {

    /** The file extension of experiments. */
    public static final String EXPERIMENT_EXTENSION = "offload";

    /**
     * The namespace of format 1.0. Format 1.1 only added features (all with defaults), so a 1.0 file is read by the
     * 1.1 package registered under the old URI as well; saving always writes the current URI.
     */
    public static final String NS_URI_1_0 = "http://www.offloadlab.org/experiment/1.0";

    /** Experiments are small; a file larger than this is not one, and must not exhaust memory. */
    public static final long MAX_FILE_BYTES = 16L << 20;

    private OffloadFiles() {
    }

    /** Loads the experiment in {@code file}. */
    public static Experiment loadExperiment(Path file) throws ModelFileException {
        return load(file, Experiment.class, "experiment");
    }

    /** Loads the results in {@code file}. */
    public static Results loadResults(Path file) throws ModelFileException {
        return load(file, Results.class, "results");
    }

    /** Loads the experiment in {@code bytes}; {@code name} is used in messages and as the resource's URI. */
    public static Experiment parseExperiment(Path name, byte[] bytes) throws ModelFileException {
        return parse(name, bytes, Experiment.class, "experiment");
    }

    /** Writes {@code root} (an experiment or results) to {@code file}, replacing it atomically. */
    public static void save(EObject root, Path file) throws ModelFileException {
        byte[] bytes = toBytes(root, file);
        try {
            AtomicFile.write(file, out -> out.write(bytes));
        } catch (IOException e) {
            throw new ModelFileException(file, "cannot write: " + e.getMessage(), e);
        }
    }

    /** The XMI of {@code root} as it would be saved to {@code file}. */
    public static byte[] toBytes(EObject root, Path file) throws ModelFileException {
        // a copy, so saving never moves the caller's object out of its own resource
        EObject copy = EcoreUtil.copy(root);
        Resource resource = newResourceSet().createResource(uri(file));
        resource.getContents().add(copy);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            resource.save(out, saveOptions());
        } catch (IOException | RuntimeException e) {
            throw new ModelFileException(file, "cannot serialize: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static <T extends EObject> T load(Path file, Class<T> type, String what) throws ModelFileException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ModelFileException(file,
                        "is " + size + " bytes; an " + what + " file is at most " + MAX_FILE_BYTES + " bytes");
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file, "no such file", e);
        } catch (ModelFileException e) {
            throw e;
        } catch (IOException e) {
            throw new ModelFileException(file, "cannot read: " + e.getMessage(), e);
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new ModelFileException(file, "grew past " + MAX_FILE_BYTES + " bytes while being read");
        }
        return parse(file, bytes, type, what);
    }

    private static <T extends EObject> T parse(Path file, byte[] bytes, Class<T> type, String what)
            throws ModelFileException {
        Resource resource = newResourceSet().createResource(uri(file));
        try {
            resource.load(new ByteArrayInputStream(bytes), loadOptions());
        } catch (IOException | RuntimeException e) {
            throw new ModelFileException(file, "not a readable " + what + " file: " + describe(resource, e), e);
        }
        if (!resource.getErrors().isEmpty()) {
            throw new ModelFileException(file, "not a valid " + what + " file: " + describe(resource.getErrors()));
        }
        List<EObject> contents = resource.getContents();
        if (contents.size() != 1 || !type.isInstance(contents.get(0))) {
            throw new ModelFileException(file, "does not contain one " + what + " (found "
                    + (contents.isEmpty() ? "nothing" : contents.get(0).eClass().getName()) + ")");
        }
        Map<EObject, Collection<EStructuralFeature.Setting>> external = EcoreUtil.ExternalCrossReferencer
                .find(resource);
        if (!external.isEmpty()) {
            // a proxy would later be resolved by reading another file or URL the user never named
            throw new ModelFileException(file, "refers to objects outside the file ("
                    + EcoreUtil.getURI(external.keySet().iterator().next()) + "); references must stay inside it");
        }
        return type.cast(contents.get(0));
    }

    private static String describe(Resource resource, Exception e) {
        if (!resource.getErrors().isEmpty()) {
            return describe(resource.getErrors());
        }
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static String describe(List<Resource.Diagnostic> errors) {
        Resource.Diagnostic first = errors.get(0);
        String where = first.getLine() > 0 ? " (line " + first.getLine() + ", column " + first.getColumn() + ")" : "";
        String more = errors.size() > 1 ? " and " + (errors.size() - 1) + " more problem(s)" : "";
        return first.getMessage() + where + more;
    }

    private static URI uri(Path file) {
        return URI.createFileURI(file.toAbsolutePath().toString());
    }

    private static ResourceSet newResourceSet() {
        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(OffloadPackage.eNS_URI, OffloadPackage.eINSTANCE);
        set.getPackageRegistry().put(NS_URI_1_0, OffloadPackage.eINSTANCE);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
                (Resource.Factory) XMIResourceImpl::new);
        return set;
    }

    private static Map<Object, Object> loadOptions() {
        Map<String, Boolean> parser = new HashMap<>();
        // OWASP XXE prevention for SAX: no DOCTYPE at all, hence no entities, no external DTD
        parser.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        parser.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        parser.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        parser.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_PARSER_FEATURES, parser);
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        return options;
    }

    private static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_WIDTH, 120);
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        return options;
    }
}
