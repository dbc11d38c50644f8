// Make this reactor the root of a repository, so console, SARIF and annotation paths start at the module directory
// (the clone lies inside the plugin's own checkout otherwise). A .git directory is not cloned from src/it.
new File(basedir, '.git').mkdirs()
// Every goal of this IT must leave the project's files outside target/ as they are (verify.groovy).
dev.specgate.it.ProjectFiles.remember(basedir.toPath())
return true
