package org.ziyuanku.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The context map the build enforces (docs/architecture.md, "Context map and the rules the build enforces"): contexts
 * are {@code org.ziyuanku.<layer>.<ctx>}; {@code system} is the shared kernel (the floor); {@code demo} seeds the demo
 * data and may use everything, nothing uses it. Reads the compiled classes of every module, so it runs in the ear
 * module, after all of them are built.
 */
class ArchitectureRulesTest {

    private static final List<String> MODULES = List.of("persistence", "ejb", "batch", "web");
    private static final Pattern INTERNAL = Pattern.compile("org\\.ziyuanku\\.(\\w+)\\.(\\w+)\\.internal(\\..*)?");
    private static final Pattern CONTEXT = Pattern.compile("org\\.ziyuanku\\.(service|domain)\\.(\\w+)(\\..*)?");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        Path root = Path.of(System.getProperty("zyk.root", ".."));
        List<Path> dirs = MODULES.stream().map(m -> root.resolve(m).resolve("target/classes")).toList();
        dirs.forEach(d -> assertTrue(Files.isDirectory(d.resolve("org/ziyuanku")), "no compiled classes in " + d));
        classes = new ClassFileImporter().importPaths(dirs);
    }

    /** One slice per context across the domain and service layers (infrastructure holds adapters, not contexts). */
    @Test
    void contextsAreFreeOfCyclesAcrossLayers() {
        check(slices().assignedFrom(new ContextSlices()).should().beFreeOfCycles()
                .as("contexts (org.ziyuanku.{domain,service}.<ctx>, one slice each) are free of cycles"));
    }

    @Test
    void nothingOutsideAContextUsesItsInternals() {
        check(classes().should(new IntoForeignInternal()));
    }

    @Test
    void theKernelDependsOnNoOtherContext() {
        check(noClasses().that().resideInAnyPackage("org.ziyuanku.service.system..", "org.ziyuanku.domain.system..")
                .should().dependOnClassesThat(new OtherContext("system"))
                .as("the kernel (system) depends on no other context"));
    }

    @Test
    void nothingDependsOnTheDemoData() {
        check(noClasses().that().resideOutsideOfPackage("org.ziyuanku.service.demo..")
                .should().dependOnClassesThat().resideInAPackage("org.ziyuanku.service.demo.."));
    }

    @Test
    void webUsesNeitherPersistenceNorServiceInternals() {
        check(noClasses().that().resideInAPackage("org.ziyuanku.web..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "..service..internal.."));
    }

    @Test
    void servicesReachTheDatabaseThroughTheirRepositoriesOnly() {
        check(noClasses().that().resideInAPackage("org.ziyuanku.service..").and()
                .resideOutsideOfPackage("org.ziyuanku.service..internal..").and()
                .doNotHaveFullyQualifiedName("org.ziyuanku.service.system.EntityRepository")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .as("services (outside .internal) use no EntityManager: their context's internal repositories do"
                        + " (on the kernel's EntityRepository, the base those repositories extend)"));
    }

    @Test
    void tuplesAreReadByAliasNotByPosition() {
        check(noClasses().should().callMethod("jakarta.persistence.Tuple", "get", "int").orShould()
                .callMethod("jakarta.persistence.Tuple", "get", "int", "java.lang.Class")
                .as("projections are typed: JPA tuples are read by alias into records, never by position"));
    }

    @Test
    void restAnswersAreTypesOfTheApi() {
        check(methods().that().areDeclaredInClassesThat().resideInAPackage("org.ziyuanku.web.api..").and()
                .areAnnotatedWith("jakarta.ws.rs.GET").or().areAnnotatedWith("jakarta.ws.rs.POST").or()
                .areAnnotatedWith("jakarta.ws.rs.PUT").or().areAnnotatedWith("jakarta.ws.rs.DELETE").or()
                .areAnnotatedWith("jakarta.ws.rs.PATCH").should(new AnswerOfTheApi()));
    }

    @Test
    void ejbUsesNeitherWebNorFacesNorServlet() {
        check(noClasses().that().resideInAnyPackage("org.ziyuanku.service..", "org.ziyuanku.infrastructure..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.ziyuanku.web..", "jakarta.faces..", "jakarta.servlet.."));
    }

    @Test
    void theDomainUsesNeitherServicesNorWeb() {
        check(noClasses().that().resideInAPackage("org.ziyuanku.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.ziyuanku.service..", "org.ziyuanku.infrastructure..", "org.ziyuanku.web.."));
    }

    @Test
    void batchUsesServicesOnly() {
        check(noClasses().that().resideInAPackage("org.ziyuanku.batch..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "..internal..", "jakarta.persistence..", "org.ziyuanku.web..", "org.ziyuanku.infrastructure.."));
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }

    /** A dependency into {@code org.ziyuanku.<layer>.<ctx>.internal} from outside {@code org.ziyuanku.<layer>.<ctx>}. */
    private static final class IntoForeignInternal extends ArchCondition<JavaClass> {
        IntoForeignInternal() {
            super("not use another context's .internal");
        }

        @Override
        public void check(JavaClass item, ConditionEvents events) {
            for (Dependency d : item.getDirectDependenciesFromSelf()) {
                Matcher m = INTERNAL.matcher(d.getTargetClass().getPackageName());
                String home = m.matches() ? "org.ziyuanku." + m.group(1) + "." + m.group(2) : null;
                String from = item.getPackageName();
                if (home != null && !from.equals(home) && !from.startsWith(home + ".")) {
                    events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                }
            }
        }
    }

    /**
     * A JAX-RS resource method answers a type of {@code org.ziyuanku.web.api..} (a {@code *Dto}), a {@code Response}
     * or a JDK type (String, void, a List of DTOs …), never a service's {@code *View} or an entity.
     */
    private static final class AnswerOfTheApi extends ArchCondition<JavaMethod> {
        AnswerOfTheApi() {
            super("answer only types of org.ziyuanku.web.api, jakarta.ws.rs.core or the JDK");
        }

        @Override
        public void check(JavaMethod method, ConditionEvents events) {
            for (JavaClass type : method.getReturnType().getAllInvolvedRawTypes()) {
                String name = type.getName();
                boolean allowed = type.isPrimitive() || "void".equals(name) || name.startsWith("java.")
                        || name.startsWith("jakarta.ws.rs.core.") || name.startsWith("org.ziyuanku.web.api.");
                if (!allowed) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " answers " + name));
                }
            }
        }
    }

    /** Assigns {@code org.ziyuanku.<domain|service>.<ctx>..} to the slice {@code <ctx>}. */
    private static final class ContextSlices implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            Matcher m = CONTEXT.matcher(c.getPackageName());
            return m.matches() ? SliceIdentifier.of("context " + m.group(2)) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "contexts across layers";
        }
    }

    /** A class of a service or domain context other than the given one. */
    private static final class OtherContext extends DescribedPredicate<JavaClass> {
        private final String own;

        OtherContext(String own) {
            super("belong to a service or domain context other than " + own);
            this.own = own;
        }

        @Override
        public boolean test(JavaClass c) {
            Matcher m = CONTEXT.matcher(c.getPackageName());
            return m.matches() && !m.group(2).equals(own);
        }
    }
}
