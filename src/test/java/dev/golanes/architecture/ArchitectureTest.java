package dev.golanes.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** One trace, many views: the logic never depends on the toolkit. */
@AnalyzeClasses(packages = "dev.golanes", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule logicDoesNotTouchJavaFx = noClasses()
            .that().resideInAnyPackage("dev.golanes.scenario..", "dev.golanes.engine..", "dev.golanes.trace..",
                    "dev.golanes.cli..", "dev.golanes.export..", "dev.golanes.i18n..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the engine, the trace and the command line must work without a screen");

    /** The command line exports pictures with the same painter as the window, so only the canvas may touch JavaFX. */
    @ArchTest
    static final ArchRule figuresAreDrawnWithoutJavaFx = noClasses()
            .that().resideInAPackage("dev.golanes.render..")
            .and().doNotHaveSimpleName("CanvasSurface")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("golanes export draws PNG and SVG headless, without loading JavaFX");

    @ArchTest
    static final ArchRule presentationModelsUseOnlyJavaFxBeans = noClasses()
            .that().resideInAPackage("dev.golanes.playback..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..")
            .because("presentation models are tested without a toolkit");

    @ArchTest
    static final ArchRule engineDoesNotKnowTheViews = noClasses()
            .that().resideInAnyPackage("dev.golanes.scenario..", "dev.golanes.engine..", "dev.golanes.trace..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.golanes.ui..", "dev.golanes.render..",
                    "dev.golanes.playback..", "dev.golanes.cli..")
            .because("engines produce traces; everything else only reads them");
}
