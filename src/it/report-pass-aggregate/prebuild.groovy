// Every goal of this IT must leave the project's files outside target/ as they are (verify.groovy).
dev.specgate.it.ProjectFiles.remember(basedir.toPath())
return true
