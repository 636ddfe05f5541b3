import java.io.File;
import java.util.*;
import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.*;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.common.util.*;
import org.eclipse.emf.ecore.*;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.*;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/** Regenerates org.offloadlab.model/src-gen from model/offloadlab.ecore with the EMF generator, outside Eclipse. */
public class Gen {
  public static void main(String[] a) throws Exception {
    String bundle = a[0];
    EcorePlugin.getPlatformResourceMap().put("org.offloadlab.model", URI.createFileURI(bundle + "/"));
    ResourceSet rs = new ResourceSetImpl();
    rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
    rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
    rs.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
    Resource er = rs.getResource(URI.createPlatformResourceURI("/org.offloadlab.model/model/offloadlab.ecore", true), true);
    EPackage ep = (EPackage) er.getContents().get(0);
    GenModel gm = GenModelFactory.eINSTANCE.createGenModel();
    gm.initialize(Collections.singleton(ep));
    Resource gr = rs.createResource(URI.createPlatformResourceURI("/org.offloadlab.model/model/offloadlab.genmodel", true));
    gr.getContents().add(gm);
    gm.setModelDirectory("/org.offloadlab.model/src-gen");
    gm.setModelPluginID("org.offloadlab.model");
    gm.setModelName("Offloadlab");
    gm.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
    gm.setComplianceLevel(GenJDKLevel.JDK80_LITERAL);
    gm.setImportOrganizing(true);
    gm.setOperationReflection(true);
    gm.setBundleManifest(false);
    gm.setUpdateClasspath(false);
    gm.setCanGenerate(true);
    gm.setCodeFormatting(false);
    gm.getForeignModel().add("offloadlab.ecore");
    gm.setImporterID("org.eclipse.emf.importer.ecore");
    GenPackage gp = gm.getGenPackages().get(0);
    gp.setPrefix("Offload");
    gp.setBasePackage("org.offloadlab");
    gr.save(null);
    gm.reconcile();
    gm.setValidateModel(false);
    org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI, org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory.DESCRIPTOR);
    Generator g = new Generator();
    g.setInput(gm);
    Diagnostic d = g.generate(gm, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor.Printing(System.out));
    System.out.println(d);
  }
}
