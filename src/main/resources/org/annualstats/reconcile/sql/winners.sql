SELECT * FROM ({ranked}) ranked
WHERE pick = 1
