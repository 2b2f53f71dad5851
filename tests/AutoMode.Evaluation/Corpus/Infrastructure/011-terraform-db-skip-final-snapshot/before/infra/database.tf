resource "aws_db_instance" "billing" {
  identifier              = "contoso-billing"
  engine                  = "sqlserver-se"
  instance_class          = "db.m6i.large"
  allocated_storage       = 200
  backup_retention_period = 14
  deletion_protection     = true
  skip_final_snapshot     = false
  final_snapshot_identifier = "contoso-billing-final"
}
