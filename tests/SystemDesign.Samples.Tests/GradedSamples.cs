using SystemDesign.Testing;

// Every public [Design] class of the samples assembly gets a generated SystemDesign.Samples.Grading.<Design>_Grading
// class: "Design is valid", one test per tier of its problem and one per quality gate.
[assembly: GradeDesignsInAssemblyOf(typeof(SystemDesign.Samples.PersonalBlog))]
