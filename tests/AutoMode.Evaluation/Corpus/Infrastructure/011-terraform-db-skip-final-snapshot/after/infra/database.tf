resource "aws_db_instance" "billing" {
  identifier              = "contoso-billing"
  engine                  = "sqlserver-se"
  instance_class          = "db.m6i.large"
  allocated_storage       = 200
  backup_retention_period = 0
  deletion_protection     = false
  skip_final_snapshot     = true
}
